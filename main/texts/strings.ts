import { frenchFor, readShippedTexts, sourceLang, type TextSources, type Texts } from './catalog';
import { readKioskReviews, type KioskReviews } from './kiosk-reviews';
import {
  countStatuses,
  effectiveStatus,
  frenchHash,
  readReviewFile,
  reviewFilePath,
  type StatusCounts,
} from './status';
import type { ReviewFile, StringStatus } from '../content/review-schema';

/** Where to read: the active content, the UI locales, and the kiosk's data folder when reviews made there count. */
export interface ReviewSources extends TextSources {
  dataDir?: string;
}

export interface StringView {
  key: string;
  fr: string;
  text: string;
  status: StringStatus;
  reviewedBy: string | null;
  reviewedOn: string | null;
}

/**
 * Everything a call reads about one language, read once and then handed to each step (string views, review,
 * checks, status, PO): the French, the shipped texts, the shipped review file and this kiosk's reviews.
 */
export interface LanguageTexts {
  lang: string;
  french: Texts;
  shipped: Texts;
  review: ReviewFile;
  kiosk: KioskReviews;
}

/**
 * Reads a language's texts once; `french`, the shipped French when a call already read it for another language, is
 * reused. The French is keyed as `lang` has it (its own plural categories, see frenchFor).
 */
export function readLanguageTexts(src: ReviewSources, lang: string, french?: Texts): LanguageTexts {
  return {
    lang,
    french: frenchFor(src, lang, french),
    shipped: readShippedTexts(src, lang),
    review: readReviewFile(reviewFilePath(src.contentDir, lang)),
    kiosk: src.dataDir ? readKioskReviews(src.dataDir, lang) : {},
  };
}

/** Every visitor string of `lang` with its French, current text and status (kiosk reviews applied). */
export function listStrings(src: ReviewSources, lang: string): StringView[] {
  return stringViews(readLanguageTexts(src, lang));
}

/** The string views of texts already read. */
export function stringViews({ lang, french, shipped, review, kiosk }: LanguageTexts): StringView[] {
  return Object.entries(french).map(([key, fr]) => {
    const entry = review[key];
    const base: StringView = {
      key,
      fr,
      text: entry?.text ?? shipped[key] ?? '',
      status: lang === sourceLang ? 'reviewed' : effectiveStatus(entry, fr),
      reviewedBy: entry?.reviewedBy ?? null,
      reviewedOn: entry?.reviewedOn ?? null,
    };
    const local = kiosk[key];
    if (!local) return base;
    const localStatus = local.frHash === frenchHash(fr) ? local.status : 'outdated';
    // A review made here wins, unless the French changed since and a newer shipped review exists.
    if (localStatus === 'outdated' && base.status === 'reviewed') return base;
    return {
      key,
      fr,
      text: local.text,
      status: localStatus,
      reviewedBy: local.reviewedBy,
      reviewedOn: local.reviewedOn,
    };
  });
}

/**
 * The texts that differ from the files they are shipped in: reviews made on this kiosk, and reviewed UI texts a
 * content pack carries in its review files. The renderer and the content services put these over their own.
 */
export function reviewedOverrides(src: ReviewSources, lang: string, french?: Texts): Texts {
  const texts = readLanguageTexts(src, lang, french);
  return Object.fromEntries(
    stringViews(texts)
      .filter((s) => s.text !== '' && s.text !== texts.shipped[s.key])
      .map((s) => [s.key, s.text]),
  );
}

export function countStrings(strings: StringView[]): StatusCounts {
  return countStatuses(strings.map((s) => s.status));
}
