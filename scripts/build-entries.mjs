import { basename, dirname, join } from 'node:path';

// The Node bundles the installed app runs: the Electron main process, its preload, IT's CLI (`repere --cli`) and
// the content worker both of them start for the long steps of an import (main/services/packs/content-worker.ts).
// scripts/build-main.mjs builds them; tests read this list to check what the bundles import.
export const nodeBundles = [
  { entry: 'main/electron/main.ts', out: 'electron/main.cjs' },
  { entry: 'main/electron/preload.ts', out: 'electron/preload.cjs' },
  { entry: 'main/cli/packed.ts', out: 'cli/cli.cjs' },
  { entry: 'main/services/packs/content-worker.ts', out: 'workers/content-worker.cjs' },
];

/**
 * Source files that find a file through import.meta (the project root) and have a twin for the bundles, which
 * finds it from __dirname instead: `<name>.ts` is bundled as `<name>.bundle.ts`.
 */
const bundleTwins = ['content-worker-thread'];
const useBundleTwins = {
  name: 'bundle-twins',
  setup(build) {
    const filter = new RegExp(`/(${bundleTwins.join('|')})$`);
    build.onResolve({ filter }, (args) => ({
      path: join(args.resolveDir, dirname(args.path), `${basename(args.path)}.bundle.ts`),
    }));
  },
};

/** What every bundle leaves to be loaded at run time: Electron itself, and the native better-sqlite3. */
export const bundleExternals = ['electron', 'better-sqlite3'];

/**
 * esbuild's options for each Node bundle. CommonJS has no import.meta: esbuild would leave it empty and the bundle
 * would throw at load (fileURLToPath(undefined)), so it is an error here and no bundled code can reach it.
 */
export const bundleOptions = (entry, outfile) => ({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: bundleExternals,
  logLevel: 'silent',
  logOverride: { 'empty-import-meta': 'error' },
  entryPoints: [entry],
  outfile,
  plugins: [useBundleTwins],
});
