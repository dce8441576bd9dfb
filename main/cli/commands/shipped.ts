import type { CliCommand } from '../command';
import { checklistCommand, checklistsCommand } from './checklist';
import { configCommand } from './config';
import { infoCommand } from './info';
import { clipsCommand } from './clips';
import { structuresCommand } from './structures';
import { reconcileCommand } from './reconcile';
import { validateCommand } from './validate';
import { staffCommand } from './staff';
import { statsCommand } from './stats';
import { exportCommand, importCommand, restoreBackupCommand, validatePackCommand } from './packs';
import { keygenCommand, signCommand } from './signing';

/**
 * The commands `repere --cli` offers on an installed kiosk (IT's: config, packs, stats, clips, staff, info…), in
 * the order `help` lists them. None reads the repository: the bundle would refuse to build (no import.meta).
 */
export const shippedCommands: CliCommand[] = [
  infoCommand,
  structuresCommand,
  reconcileCommand,
  validateCommand,
  checklistCommand,
  checklistsCommand,
  configCommand,
  clipsCommand,
  staffCommand,
  statsCommand,
  validatePackCommand,
  importCommand,
  exportCommand,
  restoreBackupCommand,
  keygenCommand,
  signCommand,
];
