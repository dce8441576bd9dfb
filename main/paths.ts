import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root when running from source (serve, cli, tests). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default editable content shipped with the app. */
export const defaultContentDir = join(projectRoot, 'data');

/** Where the database lives when no --data-dir is given: REPERE_DATA_DIR, else the XDG data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REPERE_DATA_DIR) return resolve(env.REPERE_DATA_DIR);
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'repere');
}
