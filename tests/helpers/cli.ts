import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../main/paths';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Node's arguments that start the clone's CLI (`npm run cli -- …`, main/cli/index.ts) with `args`. Under `npm test`
 * that is the bundle scripts/test.mjs builds once from the same sources (REPERE_TEST_CLI): it starts in a fifth of
 * the time tsx takes to compile the sources at every start, and the unit suite starts the CLI hundreds of times.
 * A test file run on its own starts the sources through tsx.
 */
export function cliArgs(args: string[]): string[] {
  return [...bundleOrSource(process.env.REPERE_TEST_CLI, 'main/cli/index.ts'), ...args];
}

/**
 * Node's arguments that start a script: the bundle `npm test` built of it (scripts/build-test-cli.mjs), or without
 * one (a test file run on its own) its source, `source` under the repository, through tsx.
 */
export function bundleOrSource(bundle: string | undefined, source: string): string[] {
  return bundle ? [bundle] : ['--import', 'tsx', join(projectRoot, source)];
}

/** Runs `npm run cli -- …` in a separate process, with `input` on its stdin if given. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): CliResult {
  const r = spawnSync(process.execPath, cliArgs(args), {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    input,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
