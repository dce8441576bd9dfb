import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the database lives when no --data-dir is given from a clone: REPERE_DATA_DIR, else the XDG data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REPERE_DATA_DIR) return resolve(env.REPERE_DATA_DIR);
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'repere');
}

/**
 * The installed kiosk's data folder, as Electron's app.getPath('userData') names it for the product "Repère":
 * ~/.config/Repère on Linux, %APPDATA%\Repère on Windows, ~/Library/Application Support/Repère on macOS. The
 * shipped CLI (`repere --cli`) works on it by default, so IT's commands act on the kiosk of the user running them.
 */
export function installedUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.REPERE_DATA_DIR) return resolve(env.REPERE_DATA_DIR);
  const appData =
    platform === 'win32'
      ? env.APPDATA || join(homedir(), 'AppData', 'Roaming')
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(appData, 'Repère');
}
