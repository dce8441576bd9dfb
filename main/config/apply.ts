import type { Db } from '../db/open';
import { writeSettings, type Settings } from '../services/settings';
import type { ConfigProblem } from './load';
import type { MachineConfig } from './schema';

/** The part of the machine config that maps onto kiosk settings; absent fields leave the settings alone. */
export function settingsPatchFromConfig(config: MachineConfig): Partial<Settings> {
  const patch: Partial<Settings> = {};
  if (config.territory !== undefined) patch.territory = config.territory;
  if (config.printerName !== undefined) patch.printerName = config.printerName;
  if (config.paperFormat !== undefined) patch.paperFormat = config.paperFormat;
  if (config.languages !== undefined) patch.languages = config.languages;
  if (config.idleTimeoutSeconds !== undefined) patch.idleTimeoutSeconds = config.idleTimeoutSeconds;
  if (config.hideCursor !== undefined) patch.hideCursor = config.hideCursor;
  if (config.fallbackVoices !== undefined) patch.fallbackVoices = config.fallbackVoices;
  if (config.bridgeLanguages !== undefined) patch.bridgeLanguages = config.bridgeLanguages;
  if (config.exploreFirst !== undefined) patch.exploreFirst = config.exploreFirst;
  return patch;
}

/** Checks what the schema alone cannot: the territory must exist in the installed content. */
export function checkConfigAgainstContent(config: MachineConfig, territoryIds: readonly string[]): ConfigProblem[] {
  if (config.territory === undefined || territoryIds.includes(config.territory)) return [];
  return [{ field: 'territory', message: `unknown territory (the content has: ${territoryIds.join(', ')})` }];
}

/**
 * Applies the fleet config over the settings at every start, so the machine-wide file always wins over a
 * value changed on the kiosk itself. Returns problems instead of applying when the config does not fit.
 */
export function applyMachineConfig(
  db: Db,
  config: MachineConfig,
  territoryIds: readonly string[],
): { settings: Settings } | { problems: ConfigProblem[] } {
  const problems = checkConfigAgainstContent(config, territoryIds);
  if (problems.length > 0) return { problems };
  return { settings: writeSettings(db, settingsPatchFromConfig(config)) };
}
