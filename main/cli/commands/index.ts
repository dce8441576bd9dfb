import type { CliCommand } from '../command';
import { infoCommand } from './info';
import { speakCommand } from './speak';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [infoCommand, speakCommand];
