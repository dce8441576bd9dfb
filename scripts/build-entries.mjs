// The Node bundles the installed app runs: the Electron main process, its preload, and IT's CLI (`repere --cli`).
// scripts/build-main.mjs builds them; tests read this list to check what the bundles import.
export const nodeBundles = [
  { entry: 'main/electron/main.ts', out: 'electron/main.cjs' },
  { entry: 'main/electron/preload.ts', out: 'electron/preload.cjs' },
  { entry: 'main/cli/packed.ts', out: 'cli/cli.cjs' },
];

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
});
