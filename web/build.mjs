// Bundles the front end into dist/: index.html, assets/app.js, assets/app.css and the files they use.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(path.join(dist, 'assets'), { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { app: 'src/main.js', 'app-style': 'src/styles/app.css' },
  outdir: 'dist/assets',
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  assetNames: '[name]-[hash]',
  loader: { '.png': 'file', '.svg': 'file', '.woff': 'file', '.woff2': 'file' },
  logLevel: 'warning',
});

// The CSS entry has its own name to keep it apart from the JS entry; the server expects app.css.
const { rename } = await import('node:fs/promises');
await rename(path.join(dist, 'assets/app-style.css'), path.join(dist, 'assets/app.css'));
await rename(path.join(dist, 'assets/app-style.css.LEGAL.txt'), path.join(dist, 'assets/app.css.LEGAL.txt')).catch(() => {});
await copyFile(path.join(root, 'src/index.html'), path.join(dist, 'index.html'));
console.log('built', path.relative(process.cwd(), dist) || dist);
