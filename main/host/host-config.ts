import { applyMachineConfig } from '../config/apply';
import { formatConfigProblems, loadMachineConfig } from '../config/load';
import type { ConfigLocation } from '../config/paths';
import type { MachineConfig } from '../config/schema';
import { listTerritories } from '../services/content-store';
import type { Kiosk } from '../services/kiosk';
import { applyConfiguredPinHash } from '../services/staff/pin-store';

/**
 * The browser host reads the same machine configuration as the Electron shell (REPERE_CONFIG, else
 * /etc/repere/config.json), so IT configures a kiosk the same way whichever host runs it. A bad file stops
 * the host with each problem as `file: field: message`.
 */
export function applyHostMachineConfig(kiosk: Kiosk, location: ConfigLocation): MachineConfig | null {
  const loaded = loadMachineConfig(location);
  if (loaded.status === 'absent') return null;
  if (loaded.status === 'invalid') throw new Error(formatConfigProblems(loaded.path, loaded.problems).join('\n'));
  const applied = applyMachineConfig(
    kiosk.db,
    loaded.config,
    listTerritories(kiosk.db).map((t) => t.id),
  );
  if ('problems' in applied) throw new Error(formatConfigProblems(loaded.path, applied.problems).join('\n'));
  if (loaded.config.pinHash) applyConfiguredPinHash(kiosk.db, loaded.config.pinHash);
  return loaded.config;
}
