// Bundles the Electron main process, the preload and the CLI to CommonJS (a sandboxed preload must be a single CJS
// file). Everything is bundled but `electron` and the native better-sqlite3, which is why electron-builder.yml ships
// no other node_modules. `--outdir DIR` builds elsewhere than dist/main (the packaging test uses it).
import { build } from 'esbuild';
import { bundleOptions, nodeBundles } from './build-entries.mjs';

const flag = process.argv.indexOf('--outdir');
const outdir = flag > 0 ? process.argv[flag + 1] : 'dist/main';

for (const { entry, out } of nodeBundles) {
  await build({ ...bundleOptions(entry, `${outdir}/${out}`), logLevel: 'warning' });
}
