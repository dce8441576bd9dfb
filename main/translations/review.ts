import { sourceLang, type Texts } from '../texts/catalog';
import { checkTranslations, type TranslationProblem } from './checks';
import { contextReader } from './context';
import { writeKioskReviews, type KioskReviews } from '../texts/kiosk-reviews';
import { frenchHash } from '../texts/status';
import { readLanguageTexts, stringViews, type LanguageTexts, type ReviewSources } from '../texts/strings';
import { unsafeTextProblems } from './text-guard';

/** One string as a translator hands it back: its text, and whether they left it marked as needing work. */
export interface ProposedString {
  text: string;
  fuzzy: boolean;
  /** The French the translator worked from (a PO file's msgid), when known. */
  french?: string;
}

export type ReviewResult =
  { ok: true; reviewed: number; changed: number } | { ok: false; problems: TranslationProblem[] };

export interface Reviewer {
  /** "Name, organisation", as the translator signs. */
  name: string;
  /** The day of the review (the kiosk's clock). */
  on: Date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export type ReviewPlan =
  | { ok: true; entries: KioskReviews; reviewed: number; changed: number }
  | { ok: false; problems: TranslationProblem[] };

/**
 * Checks a language's complete proposed set and says what would be recorded, writing nothing: strings no longer
 * fuzzy become reviewed by `reviewer` (unless already reviewed with that very text), a changed text still fuzzy
 * is kept as a draft, the rest keep their status. `texts`: the language as this call already read it.
 */
export function planReview(
  src: ReviewSources,
  lang: string,
  proposed: Record<string, ProposedString>,
  reviewer: Reviewer,
  texts: LanguageTexts = readLanguageTexts(src, lang),
): ReviewPlan {
  if (lang === sourceLang)
    return {
      ok: false,
      problems: [
        { key: '(language)', code: 'not-translatable', reason: 'French is the source: it is not reviewed here' },
      ],
    };
  const { french } = texts;
  const current = new Map(stringViews(texts).map((s) => [s.key, s]));
  const becomes = (key: string, p: ProposedString) => {
    const now = current.get(key);
    const changed = now?.text !== p.text;
    return { changed, reviewed: !p.fuzzy && (changed || now?.status !== 'reviewed') };
  };
  const checked = Object.entries(proposed)
    .filter(([key, p]) => {
      const b = becomes(key, p);
      return b.changed || b.reviewed;
    })
    .map(([key]) => key);
  const proposedTexts: Texts = Object.fromEntries(Object.entries(proposed).map(([k, p]) => [k, p.text]));
  const context = contextReader(src.contentDir);
  const problems = checkTranslations({ french, proposed: proposedTexts, checked, context, lang });
  for (const key of checked) problems.push(...unsafeTextProblems(key, proposedTexts[key]!));
  // A review of French that has changed since the export would be recorded against the new French: refused.
  for (const key of checked) {
    const from = proposed[key]!.french;
    if (from !== undefined && french[key] !== undefined && from !== french[key])
      problems.push({
        key,
        code: 'french-changed',
        reason: 'the French has changed since this file was exported: export it again',
      });
  }
  if (problems.length > 0) return { ok: false, problems };

  const entries: KioskReviews = {};
  let reviewed = 0;
  let changed = 0;
  for (const key of checked) {
    const p = proposed[key]!;
    const b = becomes(key, p);
    const frHash = frenchHash(french[key]!);
    entries[key] = b.reviewed
      ? { text: p.text, status: 'reviewed', reviewedBy: reviewer.name, reviewedOn: isoDay(reviewer.on), frHash }
      : { text: p.text, status: 'machine-draft', reviewedBy: null, reviewedOn: null, frHash };
    if (b.reviewed) reviewed++;
    if (b.changed) changed++;
  }
  return { ok: true, entries, reviewed, changed };
}

/** planReview, then, only if every check passed, the result recorded on this kiosk in one write. */
export function applyReview(
  src: ReviewSources & { dataDir: string },
  lang: string,
  proposed: Record<string, ProposedString>,
  reviewer: Reviewer,
  texts: LanguageTexts = readLanguageTexts(src, lang),
): ReviewResult {
  const plan = planReview(src, lang, proposed, reviewer, texts);
  if (!plan.ok) return plan;
  writeKioskReviews(src.dataDir, lang, { ...texts.kiosk, ...plan.entries });
  return { ok: true, reviewed: plan.reviewed, changed: plan.changed };
}

/** The desk review of one string: `text` null marks the current text correct; otherwise a correction. */
export function reviewOne(
  src: ReviewSources & { dataDir: string },
  lang: string,
  key: string,
  text: string | null,
  reviewer: Reviewer,
): ReviewResult {
  const texts = readLanguageTexts(src, lang);
  const strings = stringViews(texts);
  if (!strings.some((s) => s.key === key))
    return { ok: false, problems: [{ key, code: 'unknown-key', reason: 'unknown key' }] };
  const proposed = Object.fromEntries(
    strings.map((s) => [s.key, { text: s.key === key && text !== null ? text : s.text, fuzzy: s.key !== key }]),
  );
  return applyReview(src, lang, proposed, reviewer, texts);
}

/** Every check on every string of a language as it stands (the audit a reviewer starts from). */
export function checkLanguage(src: ReviewSources, lang: string): TranslationProblem[] {
  const texts = readLanguageTexts(src, lang);
  const proposed = Object.fromEntries(stringViews(texts).map((s) => [s.key, s.text]));
  return checkTranslations({
    french: texts.french,
    proposed,
    checked: Object.keys(texts.french),
    context: contextReader(src.contentDir),
    lang,
  });
}
