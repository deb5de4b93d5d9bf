// `leefbaar serve --demo` with its output kept. The demo sends no mail: it writes each one as an
// .eml file into the folder mail next to its store, where linkFromMail reads the confirmation
// links (the log names only what waits for confirmation, never a link). Answers
// {url, log, mailDir, sample, stop()}.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readdirSync, readFileSync } from 'node:fs';
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
    mailDir: path.join(dir, 'mail'),
    seenMails: new Set(),
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

/**
 * The confirmation link of the newest mail not read before whose link starts with pathPrefix
 * (e.g. "/portaal/bevestigen#"), as a path to open on the server, and the id the log names for
 * the kind ("initiatief", "steun aan initiatief", "kerstboom", "superbuur").
 */
export async function linkFromMail(server, kind, pathPrefix) {
  const idPattern = new RegExp(`portaal: ${kind} (\\d+) wacht op bevestiging`, 'g');
  const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const linkPattern = new RegExp(`https?://[^/\\s]+(${escaped}[0-9a-f]{48})`);
  for (let k = 0; k < 200; k += 1) {
    const ids = [...server.log.text.matchAll(idPattern)];
    const files = existsSync(server.mailDir) ? readdirSync(server.mailDir).filter((f) => f.endsWith('.eml')).sort() : [];
    for (const f of files.reverse()) {
      if (server.seenMails.has(f)) continue;
      const m = readFileSync(path.join(server.mailDir, f), 'utf8').match(linkPattern);
      if (m && ids.length > 0) {
        server.seenMails.add(f);
        return { id: Number(ids[ids.length - 1][1]), path: m[1] };
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail with a confirmation link for ${kind} in ${server.mailDir}`);
}
