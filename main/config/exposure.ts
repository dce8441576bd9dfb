import { statSync } from 'node:fs';
import type { MachineConfig } from './schema';

/**
 * A config holding the staff PIN hash must not be readable by every account: with the hash, a 6-digit PIN can
 * be tried offline. Returns a warning for the log and IT (mode 0640 root:<kiosk group>, or 0600), or null.
 */
export function pinHashExposure(path: string, config: MachineConfig, platform = process.platform): string | null {
  if (!config.pinHash || platform === 'win32') return null;
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return null;
  }
  if ((mode & 0o004) === 0) return null;
  return `${path} holds pinHash and is readable by every account: make it readable by the kiosk account and administrators only (chmod 640, group of the kiosk account).`;
}
