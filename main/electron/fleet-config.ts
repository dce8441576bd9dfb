import type { MachineConfig } from '../config/schema';

/**
 * The machine config in force for this run (null when the machine has none), set once at start.
 * Read by whatever needs fleet facts later: the content-pack import (contentPack), staff PIN (pinHash), kioskId.
 */
let active: MachineConfig | null = null;

export function setActiveMachineConfig(config: MachineConfig | null): void {
  active = config;
}

export function activeMachineConfig(): MachineConfig | null {
  return active;
}
