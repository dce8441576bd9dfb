import { posix, win32 } from 'node:path';

/** Environment variable that points the app (and IT's tools) at another config file. */
export const configEnvVar = 'REPERE_CONFIG';

export interface ConfigLocation {
  path: string;
  /** true when REPERE_CONFIG named it: then a missing file is an error, not "no fleet config". */
  explicit: boolean;
}

/**
 * Where the machine-wide config lives: REPERE_CONFIG if set, else %ProgramData%\Repere\config.json on Windows,
 * /etc/repere/config.json elsewhere. Both are writable by administrators only, readable by the kiosk user.
 */
export function machineConfigLocation(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): ConfigLocation {
  const override = env[configEnvVar];
  if (override) return { path: override, explicit: true };
  if (platform === 'win32') {
    const programData = env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData';
    return { path: win32.join(programData, 'Repere', 'config.json'), explicit: false };
  }
  return { path: posix.join('/etc', 'repere', 'config.json'), explicit: false };
}
