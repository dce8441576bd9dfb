import type { CliCommand } from '../command';
import { infoCommand } from './info';
import { structuresCommand } from './structures';
import { validateCommand } from './validate';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [infoCommand, structuresCommand, validateCommand];
