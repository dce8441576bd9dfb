import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../../main/content/load';
import { defaultContentDir } from '../../../main/paths';
import { picto } from '../../../renderer/src/components/pictograms';

const content = loadContent(defaultContentDir);

test('no two procedures of a theme share a pictogram: each card is told apart without reading', () => {
  const clashes: string[] = [];
  for (const theme of content.themes) {
    const seen = new Map<string, string>();
    for (const p of content.procedures.filter((x) => x.themes.includes(theme.id))) {
      const other = seen.get(p.pictogram);
      if (other) clashes.push(`${theme.id}: ${other} and ${p.id} both show ${p.pictogram}`);
      seen.set(p.pictogram, p.id);
    }
  }
  assert.deepEqual(clashes, []);
});

test('themes have distinct pictograms, none the speaking head of the language buttons', () => {
  const codes = content.themes.map((t) => t.pictogram);
  assert.equal(new Set(codes).size, codes.length, codes.join(' '));
  const languageButton = picto.language;
  assert.ok(!codes.includes(languageButton), `a theme uses the language buttons' ${languageButton}`);
});

const french = JSON.parse(readFileSync(join(defaultContentDir, 'translations', 'fr.json'), 'utf8')) as Record<
  string,
  string
>;
const moons = (n: number) => Array.from({ length: n }, () => '1F319').join('-');
const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };

test('a number of months is drawn as that many moons, never as a calendar page showing a date', () => {
  const checked: string[] = [];
  const wrong: string[] = [];
  for (const p of content.procedures) {
    const named = [
      ...p.sentences.map((s) => ({ key: `${p.id}.s.${s.id}`, id: s.id, code: s.pictogram })),
      ...p.checklist.map((c) => ({ key: `${p.id}.item.${c.id}`, id: c.id, code: c.pictogram })),
    ];
    for (const { key, id, code } of named) {
      // "-months" in the id, or "depuis N mois" (how long the visitor has lived in France) in the French text.
      const count =
        numberWords[/^([a-z]+)-months?$/.exec(id)?.[1] ?? ''] ??
        Number(/depuis (\d) mois/.exec(french[key] ?? '')?.[1] ?? 0);
      if (!count) continue;
      checked.push(key);
      if (code !== moons(count)) wrong.push(`${key}: ${code}, not ${count} moon(s)`);
    }
  }
  assert.ok(checked.length >= 3, checked.join(' '));
  assert.deepEqual(wrong, []);
});

test('"without" a document is drawn as that document crossed out (the "no" overlay, U+20E0)', () => {
  const without = content.procedures.flatMap((p) =>
    p.sentences
      .filter((s) => s.id.startsWith('no-') && / sans /.test(french[`${p.id}.s.${s.id}`] ?? ''))
      .map((s) => ({ key: `${p.id}.s.${s.id}`, code: s.pictogram })),
  );
  assert.ok(without.length >= 1);
  for (const { key, code } of without) {
    assert.match(code, /-20E0$/, key);
    const base = code.replace(/-20E0$/, '');
    assert.ok(
      content.procedures.some((p) => p.checklist.some((c) => c.pictogram === base)),
      `${key}: what is crossed out (${base}) is a document of some checklist`,
    );
  }
});
