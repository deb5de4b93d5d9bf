// Starts `leefbaar serve --demo` on a fresh store and a free port for the browser tests, and stops it.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(webDir, '..');

function binary() {
  const bin = process.env.LEEFBAAR_BIN;
  if (!bin) throw new Error('Set LEEFBAAR_BIN to the leefbaar binary (e.g. build/src/cli/leefbaar).');
  const resolved = path.resolve(bin);
  if (!existsSync(resolved)) throw new Error(`LEEFBAAR_BIN does not exist: ${resolved}`);
  return resolved;
}

/** The day the server runs on (the demo has its own: see `leefbaar serve --today`). */
export function serverToday(output) {
  const m = output.match(/vandaag = (\d{4}-\d{2}-\d{2})/);
  if (!m) throw new Error(`the server did not say its day:\n${output}`);
  return m[1];
}

/**
 * Starts the server; answers {url, stop()}. With LEEFBAAR_DEMO_STORE (CTest sets it to the store its
 * serve_demo fixture built) the server starts on a copy of that store; otherwise it imports the demo
 * itself on first start, which takes some seconds. firstUser ({organisation, email, name, password}):
 * an empty store instead, with only this beheerder (as `leefbaar user add` makes the first user).
 * baseMapUrl: the base map's tile address; by default none, so that no test reaches the network
 * (CI has none): a test of the base map gives an address that it answers itself (page.route).
 */
export async function startServer({ timeoutMs = 120_000, firstUser, baseMapUrl = 'none' } = {}) {
  const dist = path.join(webDir, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} is not built: run npm run build in web/`);
  const dir = mkdtempSync(path.join(tmpdir(), 'leefbaar-web-'));
  const store = path.join(dir, 'leefbaar.sqlite');
  const prebuilt = process.env.LEEFBAAR_DEMO_STORE;
  if (firstUser) {
    execFileSync(binary(), ['user', 'add', '--store', store, '--organisation', firstUser.organisation,
      '--email', firstUser.email, '--name', firstUser.name, '--role', 'beheerder'], { input: `${firstUser.password}\n` });
  } else if (prebuilt && existsSync(prebuilt)) {
    copyFileSync(prebuilt, store);
  }
  const child = spawn(binary(), [
    'serve', ...(firstUser ? [] : ['--demo']), '--store', store, '--port', '0', '--web', dist,
    '--base-map-url', baseMapUrl,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`server did not start within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const m = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk.toString(); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready:\n${output}`));
    });
  });
  // Keep draining the output so the server never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    today: firstUser ? null : serverToday(output),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
