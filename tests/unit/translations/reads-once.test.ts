import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uiLocaleFiles } from '../../../main/texts/ui-locales';
import { computeSummaries } from '../../../main/translations/refresh';
import { checkLanguage, reviewOne } from '../../../main/translations/review';
import { withContentCopy } from '../../helpers/translations';

/** The UI locales, counting how often each language's shipped texts are read (each read flattens the file). */
function countingLocales() {
  const reads = new Map<string, number>();
  const uiLocales = new Proxy(uiLocaleFiles as Record<string, unknown>, {
    get(target, lang: string) {
      reads.set(lang, (reads.get(lang) ?? 0) + 1);
      return target[lang];
    },
  });
  return { uiLocales, reads: (lang: string) => reads.get(lang) ?? 0 };
}

const reviewer = { name: 'Test, Repère', on: new Date('2026-11-25T10:00:00Z') };

test('a desk review reads the French and the language once, and hands them to every step', () =>
  withContentCopy((copy) => {
    const { uiLocales, reads } = countingLocales();
    const src = { ...copy, uiLocales };
    const r = reviewOne(src, 'ti', 'ui:theme.care', null, reviewer);
    assert.equal(r.ok, true);
    assert.deepEqual([reads('fr'), reads('ti')], [1, 1]);
  }));

test('an audit of a language reads each once; the summaries of all languages read the French once', () =>
  withContentCopy((copy) => {
    const { uiLocales, reads } = countingLocales();
    checkLanguage({ ...copy, uiLocales }, 'ar');
    assert.deepEqual([reads('fr'), reads('ar')], [1, 1]);
    const summaries = countingLocales();
    computeSummaries({ ...copy, uiLocales: summaries.uiLocales }, ['ar', 'ti', 'ps']);
    assert.deepEqual(['fr', 'ar', 'ti', 'ps'].map(summaries.reads), [1, 1, 1, 1]);
  }));
