import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supportedLocales } from '../../../common/locales';
import { pluralForms } from '../../../common/plurals';

for (const lang of supportedLocales) {
  test(`${lang}: the PO Plural-Forms expression picks the category Intl.PluralRules gives, for 0 to 1 000 000`, () => {
    const forms = pluralForms[lang]!;
    const rules = new Intl.PluralRules(lang);
    assert.deepEqual([...forms.categories].sort(), [...rules.resolvedOptions().pluralCategories].sort());
    const [, nplurals, expression] = /^nplurals=(\d+); plural=(.+);$/.exec(forms.gettext)!;
    assert.equal(Number(nplurals), forms.categories.length);
    // The C expression of gettext is also a JavaScript expression over n.
    const index = new Function('n', `return Number(${expression});`) as (n: number) => number;
    const samples = [...Array.from({ length: 1001 }, (_, n) => n), 1_000_000, 2_000_000, 1_000_001];
    for (const n of samples) assert.equal(forms.categories[index(n)], rules.select(n), `${lang} n=${n}`);
  });
}
