import type { CliCommand } from '../command';
import { checklistCommand, checklistsCommand } from './checklist';
import { configCommand } from './config';
import { infoCommand } from './info';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [infoCommand, checklistCommand, checklistsCommand, configCommand];
