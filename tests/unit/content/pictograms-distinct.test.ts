import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../../main/content/load';
import { defaultContentDir, projectRoot } from '../../../main/paths';

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
  const start = readFileSync(join(projectRoot, 'renderer', 'src', 'features', 'start', 'StartScreen.tsx'), 'utf8');
  const languageButton = /isSelected \?\s*<Pictogram code="2705"[^>]*>\s*:\s*<Pictogram code="([0-9A-F]+)"/.exec(
    start,
  )?.[1];
  assert.ok(languageButton, 'the language button pictogram is found');
  assert.ok(!codes.includes(languageButton), `a theme uses the language buttons' ${languageButton}`);
});

test('a duration is not drawn as a calendar showing a date', () => {
  const durations = content.procedures.flatMap((p) =>
    p.sentences.filter((s) => /-months?$|-weeks?$|-days?$/.test(s.id)).map((s) => `${p.id}/${s.id}:${s.pictogram}`),
  );
  assert.ok(durations.length >= 2, durations.join(' '));
  assert.deepEqual(
    durations.filter((d) => d.endsWith(':1F4C5') || d.endsWith(':1F4C6')),
    [],
  );
});
