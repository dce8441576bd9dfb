import { resolve } from 'node:path';
import { stringFlag, type FlagKinds, type ParsedArgs } from '../args';
import { cliDefaults } from './defaults';
import { openKiosk, type Kiosk } from '../services/kiosk';

/** What one command line runs, once its flags are checked against `flags` (anything else is refused). */
export interface CliAction {
  /** Its flags and whether each takes a value; `--help` is every command's. */
  flags?: FlagKinds;
  /** How many words may follow (after the subcommand, if any); 0 when not given. */
  words?: number;
  /** Gets every positional word, the subcommand's name first when there is one. */
  run(args: ParsedArgs): number | Promise<number>;
}

/** A command: one action, or subcommands (`config validate`, `config hash-pin`) each with its own flags. */
export type CliCommand = {
  name: string;
  /** Its usage lines, without the invocation: listed by `help`, shown by `--help` and on a refused flag. */
  usage: string[];
} & (CliAction | { subcommands: Record<string, CliAction> });

/** The flags of every command that opens the kiosk through withKiosk. */
export const kioskFlags = { 'data-dir': 'string', 'content-dir': 'string' } as const satisfies FlagKinds;

/** Opens the kiosk services the way every command does (--data-dir, --content-dir) and closes them after. */
export async function withKiosk<T>(args: ParsedArgs, use: (kiosk: Kiosk) => T | Promise<T>): Promise<T> {
  const kiosk = openKiosk({
    contentDir: resolve(stringFlag(args, 'content-dir') ?? cliDefaults().contentDir),
    dataDir: resolve(stringFlag(args, 'data-dir') ?? cliDefaults().dataDir),
  });
  for (const n of kiosk.notices) console.error(`Warning: ${n.message}`);
  try {
    return await use(kiosk);
  } finally {
    kiosk.close();
  }
}
