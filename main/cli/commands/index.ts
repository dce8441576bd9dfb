import type { CliCommand } from '../command';
import { infoCommand } from './info';
import { staffCommand } from './staff';
import { statsCommand } from './stats';
import { exportCommand, importCommand, restoreBackupCommand, validatePackCommand } from './packs';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [
  infoCommand,
  staffCommand,
  statsCommand,
  validatePackCommand,
  importCommand,
  exportCommand,
  restoreBackupCommand,
];
