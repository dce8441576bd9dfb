// `npm test` (all), `npm test -- unit`, `npm test -- e2e`: node's own test runner over tests/**/*.test.ts.
// e2e tests need the built renderer, so it is built first; they run one file at a time (2-core machines).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const suites = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = suites.length > 0 ? suites : ['unit', 'e2e'];

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    )
    .sort();
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status ?? 1;
}

if (wanted.includes('e2e')) {
  const status = run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  if (status !== 0) process.exit(status);
}

const files = wanted.flatMap((s) => testFiles(join(root, 'tests', s))).map((f) => relative(root, f));
if (files.length === 0) {
  console.error('no test files found for', wanted.join(', '));
  process.exit(1);
}
process.exit(run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files]));
