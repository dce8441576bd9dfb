import { newPinPattern, newPinRule } from '../../services/pin';
import { stdin } from 'node:process';
import type { CliCommand } from '../command';
import type { ParsedArgs } from '../../args';
import { kioskFlags, withKiosk } from '../command';
import { setPin } from '../../services/staff/pin-store';

/** Reads the PIN from stdin (first line) so it never appears in the shell history or the process list. */
async function readFirstLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]!.trim();
}

async function setPinFromStdin(args: ParsedArgs): Promise<number> {
  const pin = await readFirstLine();
  if (!newPinPattern.test(pin)) {
    // The value itself is never echoed back.
    console.error(`${newPinRule} Nothing was changed.`);
    return 1;
  }
  return withKiosk(args, async (kiosk) => {
    await setPin(kiosk.db, pin);
    console.log('Staff PIN set (stored as a salted scrypt hash). Any lockout was cleared.');
    return 0;
  });
}

export const staffCommand: CliCommand = {
  name: 'staff',
  usage: ['staff set-pin                 set the staff PIN (6-8 digits), read from stdin (echo 123456 | …)'],
  subcommands: { 'set-pin': { flags: kioskFlags, run: setPinFromStdin } },
};
