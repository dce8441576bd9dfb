import type { CliCommand } from './command';
import { parseArgs } from '../args';
import { cliDefaults } from './defaults';

function usage(commands: readonly CliCommand[]): void {
  console.log(`Usage: ${cliDefaults().invocation} <command> [options] [--data-dir DIR] [--content-dir DIR]\n`);
  for (const c of commands) console.log(`  ${c.usage}`);
}

/** Runs one command line; resolves to the exit code (2: unknown command or bad usage). */
export async function runCli(commands: readonly CliCommand[], argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    usage(commands);
    return name && name !== 'help' ? 2 : 0;
  }
  return command.run(parseArgs(rest, command.booleanFlags ?? []));
}

/** The process's end: the exit code, or 1 with the error's message (never a stack) when a command threw. */
export function exitWith(code: Promise<number>): void {
  code.then(
    (c) => process.exit(c),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
