import { z } from 'zod';
import { lang } from '../ids';

// Part of the renderer's type program too: zod only, no Node service import.
const token = z.string().min(20).max(100);
const stringKey = z.string().regex(/^(ui|phrase|place):[A-Za-z0-9][A-Za-z0-9._-]{0,159}$/);
const staff = <T extends z.ZodRawShape>(shape: T) => z.object({ token, ...shape }).strict();

/** Translation review: the per-string status, and the desk review (services in main/translations/). */
export const translationContract = {
  /**
   * UI texts reviewed on this kiosk that replace the bundled ones, in each of `langs` (flat i18n keys): the start
   * screen asks for all its languages in one call.
   */
  getReviewedTexts: { input: z.object({ langs: z.array(lang).min(1).max(64) }).strict() },
  /** Per language: how many strings are reviewed, machine drafts and outdated. */
  staffTranslationSummary: { input: staff({}) },
  /** Every visitor string of a language with its French, status, context and spoken form's language. */
  staffListTranslations: { input: staff({ lang }) },
  /** Marks a string correct (text null) or saves a correction; both go through the import's checks. */
  staffReviewTranslation: {
    input: staff({
      lang,
      key: stringKey,
      text: z.string().max(2000).nullable(),
      reviewer: z.string().trim().min(3, 'the reviewer signs with a name').max(200),
    }),
  },
} as const;

/** Where a string appears, as a code: the staff screen names it through i18n (staff.translations.areas.*). */
export const translationAreas = [
  'ui.app',
  'ui.start',
  'ui.nav',
  'ui.themes',
  'ui.theme',
  'ui.errors',
  'ui.procedure',
  'ui.checklist',
  'ui.print',
  'ui.places',
  'ui.attract',
  'ui.speech',
  'ui.idle',
  'ui.about',
  'ui.other',
  'phrase.title',
  'phrase.sentence',
  'phrase.item',
  'phrase.note',
  'phrase.notRequired',
  'phrase.number',
  'phrase.other',
  'place.closure',
  'place.note',
] as const;
export type TranslationArea = (typeof translationAreas)[number];

export interface TranslationCountsView {
  total: number;
  reviewed: number;
  machineDraft: number;
  outdated: number;
}
export interface TranslationStringView {
  key: string;
  fr: string;
  text: string;
  status: 'machine-draft' | 'reviewed' | 'outdated';
  reviewedBy: string | null;
  reviewedOn: string | null;
  /** Where the string appears (main/translations/context.ts). */
  context: {
    area: TranslationArea;
    /** The screen or sheet, in English words (PO comments for translators). */
    where: string;
    kind: 'button' | 'title' | 'text' | 'printed';
    spoken: boolean;
    printed: boolean;
    /** Buttons only: the longest text that fits. */
    maxLength: number | null;
    /** The source of the fact the string states (seed file and section, or official source), when it states one. */
    source: string | null;
  };
}
export type TranslationReviewResultView =
  { ok: true; string: TranslationStringView } | { ok: false; problems: TranslationProblemView[] };

export const translationProblemCodes = [
  'unknown-key',
  'missing',
  'empty',
  'placeholders',
  'numbers',
  'too-long',
  'label-note-swapped',
  'french-changed',
  'not-translatable',
  'unsafe-characters',
  'markup',
] as const;

/** A refused translation (main/translations/checks.ts). */
export interface TranslationProblemView {
  key: string;
  /** For screens, which say it in their own language (staff.translations.problems.<code>). */
  code: (typeof translationProblemCodes)[number];
  /** The same in English words, for the CLI and logs. */
  reason: string;
  /** What the reason quotes: the French's placeholders or numbers, a length and its maximum. */
  values?: Record<string, string | number>;
}

export interface TranslationOutputs {
  /** By language asked; a language that is not a locale has none. */
  getReviewedTexts: Record<string, Record<string, string>>;
  staffTranslationSummary: Record<string, TranslationCountsView>;
  staffListTranslations: TranslationStringView[];
  staffReviewTranslation: TranslationReviewResultView;
}
