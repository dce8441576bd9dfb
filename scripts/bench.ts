// `npm run bench [name…]`: runs every scripts/bench/<name>.ts (or the named ones) and prints their figures.
// Benchmarks measure and print (medians, p95, ratios against a baseline run in the same process); they never
// pass or fail a build, and tests never assert on wall-clock time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../main/paths';

const dir = join(projectRoot, 'scripts', 'bench');
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();

for (const name of names) {
  console.log(`\n== ${name}`);
  const mod = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as { run: () => Promise<void> };
  await mod.run();
}
