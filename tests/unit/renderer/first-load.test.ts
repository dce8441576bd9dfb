import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { sourceLanguage, supportedLocales } from '../../../common/locales';
import { startKeys } from '../../../renderer/src/i18n/start-keys';
import { readLocale } from '../../helpers/locales';
import { flatStrings } from '../../../common/flat-strings';
import { withTemp } from '../../helpers/temp';

type Chunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };

/** The chunks `roots` load before running: themselves and their static imports, transitively. */
function staticClosure(manifest: Record<string, Chunk>, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return [...seen].map((key) => manifest[key]!.file);
}

/**
 * What the start screen loads, from a real build of the renderer (its Vite manifest): the kiosk entry (which holds
 * the App) with its static imports. Of each locale but French, only the start screen's strings may be there;
 * a regression bringing every locale back into the first load (an eager import, a staff module imported by the
 * start screen) fails here. Each locale's own chunk is checked to hold the strings, so the check can fail.
 */
test('the first load carries French and the start strings of each locale, not the other locales in full', (t) => {
  const out = withTemp(t, 'repere-first-load-');
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      out,
      '--manifest',
      '--logLevel',
      'error',
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  assert.equal(build.status, 0, build.stderr);
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const read = (files: string[]) => files.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
  const first = read(staticClosure(manifest, ['index.html']));

  const french = new Set(flatStrings(readLocale(sourceLanguage)).map(([, text]) => text));
  for (const code of supportedLocales.filter((c) => c !== sourceLanguage)) {
    const strings = flatStrings(readLocale(code));
    const start = strings.filter(([key]) => (startKeys as readonly string[]).includes(key)).map(([, s]) => s);
    // Strings of this locale only (not French, not within a start string), long enough to be unmistakable, and
    // written the same in JavaScript as in JSON (no quote or backslash to escape).
    const own = strings
      .map(([, text]) => text)
      .filter((s) => s.length >= 12 && !french.has(s) && !start.some((st) => st.includes(s)) && !/['"\\`\n]/.test(s));
    assert.ok(own.length > 20, `${code}: ${own.length} strings to look for`);
    assert.ok(manifest[`locales/${code}.json`], `${code}: the locale file is a chunk of its own`);
    const chunk = read(staticClosure(manifest, [`locales/${code}.json`]));
    assert.deepEqual(
      own.filter((s) => !chunk.includes(s)),
      [],
      `${code}: its own chunk holds its strings`,
    );
    assert.deepEqual(
      own.filter((s) => first.includes(s)),
      [],
      `${code}: strings of the full locale in the first load`,
    );
    assert.deepEqual(
      start.filter((s) => !/['"\\`\n]/.test(s) && !first.includes(s)),
      [],
      `${code}: start strings missing from the first load`,
    );
  }
});
