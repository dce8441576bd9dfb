import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringFlag, type ParsedArgs } from '../../args';
import type { CliCommand } from '../command';
import { cliDefaults } from '../defaults';
import { loadContent } from '../../content/load';
import { checkConfigAgainstContent } from '../../config/apply';
import { pinHashExposure } from '../../config/exposure';
import { formatConfigProblems, loadMachineConfig } from '../../config/load';
import { hashPin } from '../../services/pin';

function validate(args: ParsedArgs): number {
  const file = args.positional[1];
  if (!file) {
    console.error(`Usage: ${cliDefaults().invocation} config validate <file>`);
    return 2;
  }
  const path = resolve(file);
  const result = loadMachineConfig({ path, explicit: true });
  if (result.status !== 'ok') {
    const problems = result.status === 'invalid' ? result.problems : [];
    for (const line of formatConfigProblems(path, problems)) console.error(line);
    return 1;
  }
  const config = result.config;
  const territories = loadContent(resolve(stringFlag(args, 'content-dir') ?? cliDefaults().contentDir)).territories;
  const problems = checkConfigAgainstContent(
    config,
    territories.map((t) => t.id),
  );
  if (problems.length > 0) {
    for (const line of formatConfigProblems(path, problems)) console.error(line);
    return 1;
  }
  for (const field of ['contentPack', 'clipPack'] as const) {
    const pack = config[field];
    if (pack && !existsSync(pack))
      console.error(`warning: ${path}: ${field}: no file there yet (copy the pack before the kiosk starts)`);
  }
  const exposed = pinHashExposure(path, config);
  if (exposed) console.error(`warning: ${exposed}`);
  console.log(`OK ${path}`);
  console.log(`  kiosk ${config.kioskId}, mode ${config.mode}, territory ${config.territory ?? '(content default)'}`);
  console.log(`  staff PIN ${config.pinHash ? 'set' : 'not set'}, content pack ${config.contentPack ?? 'none'}`);
  if (config.clipPack) console.log(`  clip pack ${config.clipPack}`);
  return 0;
}

/** Reads all of stdin and keeps its first line (what `echo 1234 | … --pin-stdin` or a file redirect gives). */
async function readPinFromStream(stream: NodeJS.ReadStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk as string;
  return text.split(/\r?\n/)[0] ?? '';
}

/** Reads one line from the terminal in raw mode, echoing nothing, so the PIN never appears on screen. */
function readHiddenLine(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolveLine, reject) => {
    let line = '';
    const finish = (fn: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolveLine(line));
        if (ch === '\u0003' || ch === '\u0004') return finish(() => reject(new Error('cancelled')));
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1);
        else line += ch;
      }
    };
    stdin.setEncoding('utf8');
    // Echo off before the prompt shows, so even keys typed ahead of it are never displayed.
    stdin.setRawMode(true);
    process.stderr.write(prompt);
    stdin.resume();
    stdin.on('data', onData);
  });
}

async function hashPinCommand(args: ParsedArgs): Promise<number> {
  let pin: string;
  if (args.flags.has('pin-stdin') || !process.stdin.isTTY) {
    pin = await readPinFromStream(process.stdin);
  } else {
    pin = await readHiddenLine('Staff PIN (6 to 8 digits, not shown): ');
    const again = await readHiddenLine('Same PIN again: ');
    if (again !== pin) {
      console.error('The two PINs differ; nothing printed.');
      return 1;
    }
  }
  try {
    console.log(await hashPin(pin));
  } catch (err) {
    // hashPin's message names the rule only, never the PIN.
    console.error((err as Error).message);
    return 1;
  }
  console.error('Put this line in config.json as "pinHash".');
  return 0;
}

export const configCommand: CliCommand = {
  name: 'config',
  usage: [
    'config validate <file> [--content-dir DIR]   check a machine config (config.json) for IT',
    'config hash-pin [--pin-stdin]                 print the pinHash for a staff PIN read without echo',
  ],
  subcommands: {
    validate: { flags: { 'content-dir': 'string' }, words: 1, run: validate },
    'hash-pin': { flags: { 'pin-stdin': 'boolean' }, run: hashPinCommand },
  },
};
