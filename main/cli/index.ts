import { parseArgs } from '../args';
import { commands } from './commands/index';

function usage(): void {
  console.log('Usage: npm run cli -- <command> [options] [--data-dir DIR] [--content-dir DIR]\n');
  for (const c of commands) console.log(`  ${c.usage}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    usage();
    return name && name !== 'help' ? 2 : 0;
  }
  return command.run(parseArgs(rest, command.booleanFlags ?? []));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
