import type { CliAction, CliCommand } from './command';
import { parseFlags } from '../args';
import { cliDefaults } from './defaults';

const helpWords = ['help', '--help', '-h'];

function listCommands(commands: readonly CliCommand[]): void {
  console.log(`Usage: ${cliDefaults().invocation} <command> [options]   (<command> --help: its usage)\n`);
  for (const c of commands) for (const line of c.usage) console.log(`  ${line}`);
}

/** One command's usage, each line as typed: `npm run cli -- config validate <file> …`. */
function commandUsage(command: CliCommand): string {
  return ['Usage:', ...command.usage.map((line) => `  ${cliDefaults().invocation} ${line}`)].join('\n');
}

/** The action a command line names, and the words left for its flags; null when the subcommand is unknown. */
function pick(
  command: CliCommand,
  rest: readonly string[],
): { action: CliAction; sub?: string; words: string[] } | null {
  if (!('subcommands' in command)) return { action: command, words: [...rest] };
  const sub = rest[0] ?? '';
  if (!Object.hasOwn(command.subcommands, sub)) return null;
  return { action: command.subcommands[sub]!, sub, words: rest.slice(1) };
}

/**
 * Runs one command line; resolves to the exit code. 2: an unknown command, subcommand or flag, a value given to
 * a flag that takes none, or a word too many — the command's usage is printed and nothing runs.
 */
export async function runCli(commands: readonly CliCommand[], argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || helpWords.includes(name)) return (listCommands(commands), 0);
  const command = commands.find((c) => c.name === name);
  if (!command) return (listCommands(commands), 2);
  if (rest.length > 0 && helpWords.slice(1).includes(rest[0]!)) return (console.log(commandUsage(command)), 0);
  const picked = pick(command, rest);
  if (!picked) {
    if (rest[0] !== undefined) console.error(`Unknown ${name} subcommand "${rest[0]}".`);
    return (console.error(commandUsage(command)), 2);
  }
  const parsed = parseFlags(picked.words, picked.action.flags ?? {}, picked.action.words ?? 0);
  if (!parsed.ok) return (console.error(`${parsed.problem}\n${commandUsage(command)}`), 2);
  if (parsed.help) return (console.log(commandUsage(command)), 0);
  const { positional, flags } = parsed.args;
  return picked.action.run({ positional: picked.sub ? [picked.sub, ...positional] : positional, flags });
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
