import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Texts } from '../texts/catalog';

/**
 * The termbase (`data/translations/terms.json`): the administrative terms the kiosk uses, each with a short
 * definition and its approved rendering per language, null until one is approved. A string whose French holds
 * a term (one of its `match` forms) must hold that rendering in each language that has one. It is data the
 * translators edit, exported in each PO entry's comment.
 */
const termSchema = z.object({
  id: z.string().min(1),
  fr: z.string().min(1),
  match: z.array(z.string().min(1)).min(1),
  definition: z.object({ fr: z.string().min(1), en: z.string().min(1) }),
  renderings: z.record(z.string(), z.string().min(1).nullable()),
});
const termbaseSchema = z.object({ terms: z.array(termSchema) });
export type Term = z.infer<typeof termSchema>;

function termbasePath(contentDir: string): string {
  return join(contentDir, 'translations', 'terms.json');
}

export function readTermbase(contentDir: string): Term[] {
  const file = termbasePath(contentDir);
  if (!existsSync(file)) return [];
  return termbaseSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).terms;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('fr');

/** The terms a French text holds (a whole-word, case-insensitive match of one of its forms). */
export function termsIn(french: string, terms: Term[]): Term[] {
  const text = fold(french);
  return terms.filter((t) =>
    t.match.some((m) => new RegExp(`(^|[^\\p{L}])${escape(fold(m))}(?=$|[^\\p{L}])`, 'u').test(text)),
  );
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermProblem {
  key: string;
  term: string;
  expected: string;
}

/** Each string whose French holds a term and whose text in `lang` lacks the term's approved rendering. */
export function termProblems(french: Texts, texts: Texts, lang: string, terms: Term[]): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const [key, fr] of Object.entries(french)) {
    const text = texts[key];
    if (text === undefined) continue;
    for (const term of termsIn(fr, terms)) {
      const expected = term.renderings[lang];
      if (expected && !fold(text).includes(fold(expected))) problems.push({ key, term: term.fr, expected });
    }
  }
  return problems;
}

export function formatTermProblems(problems: TermProblem[]): string {
  return problems
    .map((p) => `  ${p.key}: the French says "${p.term}"; the approved rendering "${p.expected}" is missing`)
    .join('\n');
}
