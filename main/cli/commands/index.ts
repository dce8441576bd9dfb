import type { CliCommand } from '../command';
import { infoCommand } from './info';
import { checklistCommand, checklistsCommand } from './checklist';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [infoCommand, checklistCommand, checklistsCommand];
