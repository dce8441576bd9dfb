import { frenchFor } from '../texts/catalog';
import { listStrings, type ReviewSources } from './strings';
import { readTermbase, termProblems, type TermProblem } from './terms';

export { formatTermProblems } from './terms';

/** The termbase check on a language's current texts (shipped, reviewed here), or only on the keys given. */
export function languageTermProblems(src: ReviewSources, lang: string, keys?: string[]): TermProblem[] {
  const only = keys && new Set(keys);
  const texts = Object.fromEntries(
    listStrings(src, lang)
      .filter((s) => !only || only.has(s.key))
      .map((s) => [s.key, s.text]),
  );
  return termProblems(frenchFor(src, lang), texts, lang, readTermbase(src.contentDir));
}
