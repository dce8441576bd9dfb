import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The words after `--cli` when the program was started as `repere --cli <command> …`; null for a kiosk start. */
export function cliArgumentsOf(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at < 0 ? null : argv.slice(at + 1);
}

/** The shipped CLI inside the app (app.asar/dist/main/cli/cli.cjs), built by scripts/build-main.mjs. */
export const cliBundleIn = (appRoot: string) => join(appRoot, 'dist', 'main', 'cli', 'cli.cjs');

/**
 * `repere --cli …`: the same program started again as plain Node (ELECTRON_RUN_AS_NODE) on the bundled CLI, as
 * code editors ship theirs, with this terminal's streams; resolves with its exit code. No window, no single-instance
 * lock: IT can run it beside a running kiosk.
 */
export function runShippedCli(execPath: string, appRoot: string, args: readonly string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(execPath, [cliBundleIn(appRoot), ...args], {
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    child.on('error', () => done(1));
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}
