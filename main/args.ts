/** Minimal flag parser: `--name value`, `--name=value` and boolean `--flag`. Positional words kept in order. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    if (eq > 0) {
      flags.set(word.slice(2, eq), word.slice(eq + 1));
    } else if (booleanFlags.includes(word.slice(2)) || i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) {
      flags.set(word.slice(2), true);
    } else {
      flags.set(word.slice(2), argv[++i]!);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
