import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { projectRoot } from '../../../main/paths';

const eslint = new ESLint({ cwd: projectRoot });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (the file need not exist). */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

/** The rule ids ESLint reports for a committed fixture (tests/fixtures is ignored by default). */
async function fixtureRules(file: string): Promise<string[]> {
  const withFixtures = new ESLint({ cwd: projectRoot, ignore: false });
  const [result] = await withFixtures.lintFiles([join('tests/fixtures/architecture', file)]);
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

test('lint refuses an import cycle', async () => {
  assert.ok((await fixtureRules('cycle-a.ts')).includes('repere/no-cycle-with-types'), 'cycle found');
});

test('lint refuses an import cycle made of type-only imports', async () => {
  assert.ok((await fixtureRules('type-cycle-a.ts')).includes('repere/no-cycle-with-types'), 'type cycle found');
  assert.ok((await fixtureRules('type-cycle-b.ts')).includes('repere/no-cycle-with-types'), 'from both ends');
});

test('lint refuses a lower layer of main importing a higher one, and accepts the other way', async () => {
  const up = "import { createHandlers } from '../api/handlers';\nexport const x = createHandlers;\n";
  assert.ok((await rulesFor('main/content/sneaky.ts', up)).includes('import-x/no-restricted-paths'));
  assert.ok((await rulesFor('main/services/sneaky.ts', up)).includes('import-x/no-restricted-paths'));
  const down = "import { loadContent } from '../content/load';\nexport const x = loadContent;\n";
  assert.ok(!(await rulesFor('main/services/fine.ts', down)).includes('import-x/no-restricted-paths'));
  const host = "import { parseArgs } from '../cli/command';\nexport const x = parseArgs;\n";
  assert.ok((await rulesFor('main/host/sneaky.ts', host)).includes('import-x/no-restricted-paths'));
});

test('translations sit above services, and the content loader and the importer are placed too', async () => {
  const api = "import { answerCall } from '../api/answer';\nexport const x = answerCall;\n";
  assert.ok((await rulesFor('main/translations/sneaky.ts', api)).includes('import-x/no-restricted-paths'));
  const review = "import { planReview } from '../translations/review';\nexport const x = planReview;\n";
  assert.ok((await rulesFor('main/services/sneaky.ts', review)).includes('import-x/no-restricted-paths'));
  assert.ok((await rulesFor('main/content/sneaky.ts', review)).includes('import-x/no-restricted-paths'));
  const importer = "import { rowSource } from '../importer/dataset';\nexport const x = rowSource;\n";
  assert.ok((await rulesFor('main/services/sneaky.ts', importer)).includes('import-x/no-restricted-paths'));
  const host = "import { startHost } from '../host/server';\nexport const x = startHost;\n";
  assert.ok((await rulesFor('main/importer/sneaky.ts', host)).includes('import-x/no-restricted-paths'));
  const args = "import { parseArgs } from './args';\nexport const x = parseArgs;\n";
  assert.ok((await rulesFor('main/paths.ts', args)).includes('import-x/no-restricted-paths'));
  const services = "import { openKiosk } from '../services/kiosk';\nexport const x = openKiosk;\n";
  assert.ok(!(await rulesFor('main/translations/fine.ts', services)).includes('import-x/no-restricted-paths'));
});

test('every folder and file of main/ has its place in the layers', async () => {
  const config = await eslint.calculateConfigForFile(join(projectRoot, 'main/api/answer.ts'));
  const zones = config.rules['import-x/no-restricted-paths'][1].zones as { target: string; from: string | string[] }[];
  const placed = new Set(
    zones
      .flatMap((z) => [z.target, ...[z.from].flat()])
      .filter((p) => p.startsWith('./main/'))
      .map((p) => p.slice('./main/'.length)),
  );
  const unplaced = readdirSync(join(projectRoot, 'main')).filter((entry) => !placed.has(entry));
  assert.deepEqual(unplaced, []);
});

test('lint keeps processes apart: common imports no Node, main or renderer; the renderer no main', async () => {
  const node = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
  assert.ok((await rulesFor('common/sneaky.ts', node)).includes('no-restricted-imports'));
  const main = "import { projectRoot } from '../main/paths';\nexport const x = projectRoot;\n";
  assert.ok((await rulesFor('common/sneaky.ts', main)).includes('import-x/no-restricted-paths'));
  const fromRenderer = "import { projectRoot } from '../../main/paths';\nexport const x = projectRoot;\n";
  assert.ok((await rulesFor('renderer/src/sneaky.ts', fromRenderer)).includes('import-x/no-restricted-paths'));
  const json = "import status from '../../common/translation-status.json';\nexport const x = status;\n";
  assert.ok(!(await rulesFor('main/services/fine.ts', json)).includes('import-x/no-restricted-paths'));
  const electron = "import { app } from 'electron';\nexport const x = app;\n";
  assert.ok((await rulesFor('main/services/sneaky.ts', electron)).includes('no-restricted-imports'));
  assert.ok(!(await rulesFor('main/electron/fine.ts', electron)).includes('no-restricted-imports'));
});

test('lint refuses a code file over 300 lines', async () => {
  const long = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
  assert.ok((await rulesFor('main/services/long.ts', long)).includes('max-lines'));
  const short = Array.from({ length: 300 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
  assert.ok(!(await rulesFor('main/services/short.ts', short)).includes('max-lines'));
});

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p, pattern) : pattern.test(e.name) ? [p] : [];
  });
}

test('no source or style file is over 300 lines (CSS included, which ESLint does not read)', () => {
  const long = ['common', 'main', 'renderer/src', 'tests', 'scripts']
    .flatMap((d) => filesUnder(join(projectRoot, d), /\.(ts|tsx|mjs|js|css)$/))
    .filter((f) => readFileSync(f, 'utf8').split('\n').length > 301)
    .map((f) => relative(projectRoot, f));
  assert.deepEqual(long, []);
});
