// The clone's CLI (main/cli/index.ts, every command) bundled once for `npm test`, so that the hundreds of CLI
// processes the unit files start do not each compile the sources through tsx (tests/helpers/cli.ts, cliArgs).
// ESM, with every package left to node_modules: only the project's sources are bundled, and it sits one folder
// below the repository root, where main/paths.ts (import.meta.url) finds the root as it does from main/.
import { build } from 'esbuild';

export const testCliBundle = '.test-cli/cli.mjs';

export async function buildTestCli(root) {
  await build({
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    entryPoints: ['main/cli/index.ts'],
    outfile: testCliBundle,
    logLevel: 'warning',
  });
  return `${root}/${testCliBundle}`;
}
