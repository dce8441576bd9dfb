// The clone's CLI (main/cli/index.ts, every command) bundled once for `npm test`, so that the hundreds of CLI
// processes the unit files start do not each compile the sources through tsx (tests/helpers/cli.ts, cliArgs).
// ESM, with every package left to node_modules: only the project's sources are bundled, and it sits one folder
// below the repository root, where main/paths.ts (import.meta.url) finds the root as it does from main/.
import { build } from 'esbuild';

// The content worker (main/services/packs/content-worker.ts) likewise: a worker from the sources compiles every
// module again through tsx at each start, and the tests start one for each import and pack check. And the import loop
// the SIGKILL test starts twelve times (tests/helpers/import-loop.ts).
const bundles = {
  cli: 'main/cli/index.ts',
  'content-worker': 'main/services/packs/content-worker.ts',
  'import-loop': 'tests/helpers/import-loop.ts',
};

/** Builds each into <root>/.test-cli and returns their paths. */
export async function buildTestBundles(root) {
  const out = {};
  for (const [name, entry] of Object.entries(bundles)) {
    await build({
      absWorkingDir: root,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      entryPoints: [entry],
      outfile: `.test-cli/${name}.mjs`,
      logLevel: 'warning',
    });
    out[name] = `${root}/.test-cli/${name}.mjs`;
  }
  return out;
}
