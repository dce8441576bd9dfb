import type { CliCommand } from '../command';
import { checklistCommand, checklistsCommand } from './checklist';
import { configCommand } from './config';
import { infoCommand } from './info';
import { speakCommand } from './speak';
import { clipsCommand } from './clips';
import { structuresCommand } from './structures';
import { validateCommand } from './validate';
import { staffCommand } from './staff';
import { statsCommand } from './stats';
import { exportCommand, importCommand, restoreBackupCommand, validatePackCommand } from './packs';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [
  infoCommand,
  structuresCommand,
  validateCommand,
  checklistCommand,
  checklistsCommand,
  configCommand,
  speakCommand,
  clipsCommand,
  staffCommand,
  statsCommand,
  validatePackCommand,
  importCommand,
  exportCommand,
  restoreBackupCommand,
];
