import { parseArgs as parseStrict } from 'node:util';

/** Each known flag, and whether it takes a value (`--out FILE`, `--out=FILE`) or never does (`--json`). */
export type FlagKinds = Readonly<Record<string, 'string' | 'boolean'>>;

/** A command line once checked: its words in order, and each flag given (a boolean one as `true`). */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

type ParseOutcome = { ok: true; args: ParsedArgs; help: boolean } | { ok: false; problem: string };

/** The known flag one or two edits away from `given`, for "did you mean": misspellings are the usual mistake. */
function nearest(given: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  return known.find((k) => distance(given, k) <= 2);
}

/** Node's messages for a refused flag, made short and pointing at the flag the person most likely meant. */
function explain(err: NodeJS.ErrnoException, known: readonly string[]): string {
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    const guess = nearest(flag.replace(/^-+/, ''), known);
    return `Unknown flag ${flag}${guess ? ` (did you mean --${guess}?)` : ''}.`;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return err.message.split('\n')[0]!;
  return err.message;
}

/**
 * Checks a command line against its known flags (Node's util.parseArgs, strict): an unknown or misspelt flag, a
 * value given to a boolean flag, a value missing after a flag that needs one, or more than `maxWords` positional
 * words is a problem, never silently ignored. `--help` (or `-h`) is every command's.
 */
export function parseFlags(argv: readonly string[], kinds: FlagKinds, maxWords = Infinity): ParseOutcome {
  const options = Object.fromEntries(Object.entries(kinds).map(([name, type]) => [name, { type }]));
  let parsed;
  try {
    parsed = parseStrict({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    return { ok: false, problem: explain(err as NodeJS.ErrnoException, Object.keys(kinds)) };
  }
  const { help, ...given } = parsed.values as Record<string, string | boolean | undefined>;
  if (!help && parsed.positionals.length > maxWords) {
    const extra = parsed.positionals.slice(maxWords).map((w) => `"${w}"`);
    return { ok: false, problem: `Unexpected ${extra.join(' ')}.` };
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(given)) if (value !== undefined && value !== false) flags.set(name, value);
  return { ok: true, args: { positional: parsed.positionals, flags }, help: help === true };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
