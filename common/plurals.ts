/**
 * Plural forms. A count string is one i18next key per plural category (`idle.countdown_one`, `_few`, `_other`…),
 * the categories each language's CLDR rules (Intl.PluralRules) give it; in a PO file the same string is one
 * entry with msgid_plural and msgstr[n], n in the order below, chosen by the gettext Plural-Forms expression.
 * A test checks that each expression picks the same category as Intl.PluralRules for 0 to 1 000 000.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

const twoForms = { categories: ['one', 'other'], gettext: 'nplurals=2; plural=(n != 1);' } as const;
// "one" for 0 and 1 (i = 0 or n = 1; i = 0..1).
const zeroOneSingular = { categories: ['one', 'other'], gettext: 'nplurals=2; plural=(n > 1);' } as const;
// "many" is for round millions (1 000 000 de secondes).
const millions = (one: string) =>
  ({
    categories: ['one', 'many', 'other'],
    gettext: `nplurals=3; plural=(${one} ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);`,
  }) as const;
const eastSlavic = {
  categories: ['one', 'few', 'many', 'other'],
  gettext:
    'nplurals=4; plural=(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2);',
} as const;

export const pluralForms: Record<string, { categories: readonly PluralCategory[]; gettext: string }> = {
  fr: millions('n == 0 || n == 1'),
  en: twoForms,
  ar: {
    categories: ['zero', 'one', 'two', 'few', 'many', 'other'],
    gettext:
      'nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);',
  },
  fa: zeroOneSingular,
  ps: twoForms,
  ti: zeroOneSingular,
  bn: zeroOneSingular,
  ur: twoForms,
  ff: zeroOneSingular,
  ht: twoForms,
  es: millions('n == 1'),
  ro: {
    categories: ['one', 'few', 'other'],
    gettext: 'nplurals=3; plural=(n == 1 ? 0 : n == 0 || (n % 100 >= 1 && n % 100 <= 19) ? 1 : 2);',
  },
  zh: { categories: ['other'], gettext: 'nplurals=1; plural=0;' },
  ru: eastSlavic,
  uk: eastSlavic,
  pt: millions('n == 0 || n == 1'),
  tr: twoForms,
};

const suffix = /_(zero|one|two|few|many|other)$/;

/** `idle.countdown_few` → { base: 'idle.countdown', category: 'few' }; null for a key that is not a plural form. */
export function pluralPart(key: string): { base: string; category: PluralCategory } | null {
  const m = suffix.exec(key);
  return m ? { base: key.slice(0, m.index), category: m[1] as PluralCategory } : null;
}

export function pluralCategories(lang: string): readonly PluralCategory[] {
  const forms = pluralForms[lang];
  if (!forms) throw new Error(`no plural forms for ${lang}`);
  return forms.categories;
}
