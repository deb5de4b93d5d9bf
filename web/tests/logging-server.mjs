// `leefbaar serve --demo` with its output kept: the portal writes its confirmation links to the
// log, as the demo has no mail relay. Answers {url, log, sample, stop()}; linkFromLog reads the
// newest link of a kind from it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serverToday, webDir } from './server.mjs';

export async function startLoggingServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'leefbaar-portaal-'));
  const bin = path.resolve(process.env.LEEFBAAR_BIN || '');
  if (!process.env.LEEFBAAR_BIN || !existsSync(bin)) throw new Error('Set LEEFBAAR_BIN to the leefbaar binary.');
  const child = spawn(bin, ['serve', '--demo', '--store', path.join(dir, 'leefbaar.sqlite'), '--port', '0', '--web', path.join(webDir, 'dist')],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = { text: '' };
  child.stdout.on('data', (c) => { log.text += c.toString(); });
  child.stderr.on('data', (c) => { log.text += c.toString(); });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.text}`)), 120_000);
    const poll = setInterval(() => {
      const m = log.text.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    }, 50);
    child.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`server exited with ${code}:\n${log.text}`));
    });
  });
  const sample = log.text.match(/sample files in (.+?)\)/)[1];
  return {
    url,
    log,
    sample,
    today: serverToday(log.text),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The newest link in the log for the kind (e.g. "kerstboom", "superbuur"), after `after` links. */
export async function linkFromLog(log, kind, pathPrefix, after = 0) {
  const pattern = new RegExp(`bevestigingslink voor ${kind} (\\d+): (${pathPrefix}[0-9a-f]{48})`, 'g');
  for (let k = 0; k < 100; k += 1) {
    const all = [...log.text.matchAll(pattern)];
    if (all.length > after) return { id: Number(all[all.length - 1][1]), path: all[all.length - 1][2], count: all.length };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no confirmation link for ${kind} in the log`);
}
