// Bundles the Electron main process and preload to CommonJS (a sandboxed preload must be a single CJS file).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron/main.cjs' });
await build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/electron/preload.cjs' });
