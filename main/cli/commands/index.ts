import type { CliCommand } from '../command';
import { checklistCommand, checklistsCommand } from './checklist';
import { configCommand } from './config';
import { infoCommand } from './info';
import { speakCommand } from './speak';
import { clipsCommand } from './clips';
import { structuresCommand } from './structures';
import { reconcileCommand } from './reconcile';
import { importFranceServicesCommand } from './import-france-services';
import { validateCommand } from './validate';
import { translationsCommand } from './translations';
import { staffCommand } from './staff';
import { statsCommand } from './stats';
import { exportCommand, importCommand, restoreBackupCommand, validatePackCommand } from './packs';
import { keygenCommand, signCommand } from './signing';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [
  infoCommand,
  structuresCommand,
  reconcileCommand,
  importFranceServicesCommand,
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
  keygenCommand,
  signCommand,
  translationsCommand,
];
