// Bundles the Electron main process and preload to CommonJS (a sandboxed preload must be a single CJS file).
// Everything is bundled but `electron` and the native better-sqlite3, which is why electron-builder.yml ships no
// other node_modules. `--outdir DIR` builds elsewhere than dist/main/electron (the packaging test uses it).
import { build } from 'esbuild';

const flag = process.argv.indexOf('--outdir');
const outdir = flag > 0 ? process.argv[flag + 1] : 'dist/main/electron';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: `${outdir}/main.cjs` });
await build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: `${outdir}/preload.cjs` });
