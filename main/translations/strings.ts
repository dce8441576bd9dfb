import { frenchFor, readShippedTexts, sourceLang, type TextSources, type Texts } from './catalog';
import { readKioskReviews } from './kiosk-reviews';
import {
  countStatuses,
  effectiveStatus,
  frenchHash,
  readReviewFile,
  reviewFilePath,
  type StatusCounts,
  type StringStatus,
} from './status';

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

/** Every visitor string of `lang` with its French, current text and status (kiosk reviews applied). */
export function listStrings(src: ReviewSources, lang: string): StringView[] {
  const french = frenchFor(src, lang);
  const shipped = readShippedTexts(src, lang);
  const review = readReviewFile(reviewFilePath(src.contentDir, lang));
  const kiosk = src.dataDir ? readKioskReviews(src.dataDir, lang) : {};
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
export function reviewedOverrides(src: ReviewSources, lang: string): Texts {
  const shipped = readShippedTexts(src, lang);
  return Object.fromEntries(
    listStrings(src, lang)
      .filter((s) => s.text !== '' && s.text !== shipped[s.key])
      .map((s) => [s.key, s.text]),
  );
}

export function countStrings(strings: StringView[]): StatusCounts {
  return countStatuses(strings.map((s) => s.status));
}
