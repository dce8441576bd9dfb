import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, defaultContentDir } from '../../../main/paths';
import { supportedLocales } from '../../../common/locales';
import { pluralPart } from '../../../common/plurals';
import { readJson } from '../../helpers/content';
import { localeDir } from '../../helpers/locales';
import { flatLeaves } from '../../../common/flat-strings';

const sourceLocale = 'fr';

const locales = readdirSync(localeDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    code: f.replace(/\.json$/, ''),
    keys: new Map(flatLeaves(JSON.parse(readFileSync(join(localeDir, f), 'utf8')))),
  }));
const source = locales.find((l) => l.code === sourceLocale)!;

test('the locale files are exactly the supported locales', () => {
  assert.deepEqual(locales.map((l) => l.code).sort(), [...supportedLocales].sort());
});

/** The keys a locale must have: French's, each count string (French `_other`) in the locale's own categories. */
function expectedKeys(code: string): string[] {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return [...source.keys.keys()].flatMap((k) => {
    const plural = pluralPart(k);
    if (!plural) return [k];
    return plural.category === 'other' ? categories.map((c) => `${plural.base}_${c}`) : [];
  });
}

for (const locale of locales) {
  test(`locale ${locale.code} has every key of ${sourceLocale} (count strings in every plural category of ${locale.code}), no extra key, and no empty string`, () => {
    const expected = expectedKeys(locale.code);
    const missing = expected.filter((k) => !locale.keys.has(k));
    const extra = [...locale.keys.keys()].filter((k) => !expected.includes(k));
    assert.deepEqual(missing, [], `missing in ${locale.code}`);
    assert.deepEqual(extra, [], `extra in ${locale.code}`);
    const empty = [...locale.keys].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    assert.deepEqual(empty, [], `empty or non-string in ${locale.code}`);
  });
}

test('the idle countdown is a count string (it reads "1 second", not "1 seconds")', () => {
  assert.ok(source.keys.has('idle.countdown_one') && source.keys.has('idle.countdown_other'));
  const count = [...source.keys].filter(([k, v]) => !pluralPart(k) && /\{\{seconds\}\}/.test(String(v)));
  assert.deepEqual(count, [], 'a number of seconds outside a count string');
});

test('every theme in data/ has a label in the source locale', () => {
  const themes = readJson<{ id: string }[]>(defaultContentDir, 'themes.json');
  const missing = themes.filter((t) => !source.keys.has(`theme.${t.id}`)).map((t) => t.id);
  assert.deepEqual(missing, []);
});

test('every t("…") key used in the renderer exists in the source locale', () => {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name))
        for (const m of readFileSync(p, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
  };
  walk(join(projectRoot, 'renderer', 'src'));
  assert.ok(used.size > 5, 'the scan found the renderer keys');
  assert.deepEqual(
    [...used].filter((k) => !source.keys.has(k) && !source.keys.has(`${k}_other`)),
    [],
  );
});

test('every locale has a translation status; only French is the source, none is marked reviewed without a reviewer', () => {
  const status = JSON.parse(readFileSync(join(projectRoot, 'common', 'translation-status.json'), 'utf8')) as Record<
    string,
    { status: string; reviewedBy: string | null }
  >;
  assert.deepEqual(Object.keys(status).sort(), locales.map((l) => l.code).sort());
  for (const [code, s] of Object.entries(status)) {
    assert.ok(['source', 'machine-draft', 'reviewed'].includes(s.status), code);
    assert.equal(s.status === 'source', code === sourceLocale, code);
    if (s.status === 'reviewed') assert.ok(s.reviewedBy, `${code} reviewed needs a reviewer`);
  }
});
