import { formatConfigProblems, loadMachineConfig } from './load';
import { machineConfigLocation, type ConfigLocation } from './paths';

/**
 * The content keys this machine trusts, read from the same machine config as the hosts (so the CLI refuses
 * exactly what the kiosk would). An invalid config gives its problems: no key list can be trusted then.
 */
export function machineContentKeys(
  location: ConfigLocation = machineConfigLocation(),
): { keys: string[] } | { problems: string[] } {
  const loaded = loadMachineConfig(location);
  if (loaded.status === 'absent') return { keys: [] };
  if (loaded.status === 'invalid') return { problems: formatConfigProblems(loaded.path, loaded.problems) };
  return { keys: loaded.config.contentPublicKeys ?? [] };
}
