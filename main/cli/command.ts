import { resolve } from 'node:path';
import { stringFlag, type ParsedArgs } from '../args';
import { cliDefaults } from './defaults';
import { openKiosk, type Kiosk } from '../services/kiosk';

export interface CliCommand {
  name: string;
  /** One usage line, shown by `npm run cli -- help`. */
  usage: string;
  /** Flags that never take a value. */
  booleanFlags?: string[];
  run(args: ParsedArgs): number | Promise<number>;
}

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
