import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../../main/content/load';
import { defaultContentDir } from '../../../main/paths';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';

function problemsOf(dir: string) {
  try {
    loadContent(dir);
  } catch (err) {
    assert.ok(err instanceof ContentError, `expected a ContentError, got ${String(err)}`);
    return err.problems;
  }
  assert.fail('content was accepted');
}

test('the shipped content is valid and has the nine themes of the start journey', () => {
  const content = loadContent(defaultContentDir);
  assert.deepEqual(
    content.themes.map((t) => t.id),
    ['french', 'housing', 'rights', 'care', 'work', 'leisure', 'social', 'papers', 'emergency'],
  );
  const timezones = Object.fromEntries(content.territories.map((t) => [t.id, t.timezone]));
  assert.equal(timezones['972'], 'America/Martinique');
  assert.equal(timezones['75'], 'Europe/Paris');
});

test('broken JSON names the file', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  writeFileSync(join(dir, 'themes.json'), '[{"id": "french",');
  const problems = problemsOf(dir);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'themes.json');
  assert.match(problems[0]!.message, /not valid JSON/);
});

test('a wrong field names the file and the field path, and every problem is reported at once', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  const themes = readJson<Record<string, unknown>[]>(dir, 'themes.json');
  themes[2]!.pictogram = 'house';
  writeJson(dir, 'themes.json', themes);
  const territories = readJson<Record<string, unknown>[]>(dir, 'territories.json');
  territories[0]!.unexpected = true;
  writeJson(dir, 'territories.json', territories);
  const problems = problemsOf(dir);
  assert.ok(problems.some((p) => p.file === 'themes.json' && p.field === '[2].pictogram'));
  assert.ok(problems.some((p) => p.file === 'territories.json' && p.field === '[0]' && /unexpected/.test(p.message)));
});

test('a fact without a source is refused', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  const themes = readJson<Record<string, unknown>[]>(dir, 'themes.json');
  themes[0]!.source = {};
  writeJson(dir, 'themes.json', themes);
  assert.ok(problemsOf(dir).some((p) => p.field === '[0].source' && /seed file or an official source/.test(p.message)));
});

test('a missing file, an unknown default territory and duplicate ids are reported', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  rmSync(join(dir, 'themes.json'));
  assert.deepEqual(problemsOf(dir), [{ file: 'themes.json', field: '', message: 'file is missing or unreadable' }]);

  copyContent(dir);
  const manifest = readJson<Record<string, unknown>>(dir, 'manifest.json');
  writeJson(dir, 'manifest.json', { ...manifest, defaultTerritory: '999' });
  const themes = readJson<Record<string, unknown>[]>(dir, 'themes.json');
  writeJson(dir, 'themes.json', [...themes, themes[0]]);
  const problems = problemsOf(dir);
  assert.ok(problems.some((p) => p.file === 'manifest.json' && p.field === 'defaultTerritory'));
  assert.ok(problems.some((p) => p.file === 'themes.json' && p.field === `[${themes.length}].id`));
});
