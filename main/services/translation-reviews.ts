import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Content } from '../content/schema';
import { kioskReviewsPath } from '../texts/kiosk-reviews';
import { readShippedTexts, sourceLang, type Texts } from '../texts/catalog';
import { reviewedOverrides, type ReviewSources } from '../texts/strings';
import { supportedLocales } from '../../common/locales';
import type { Db } from '../db/open';

/** What the review overlay needs of the kiosk (not the whole Kiosk, which opens with this overlay). */
export interface ReviewedKiosk {
  db: Db;
  paths: { contentDir: string; dataDir: string };
}

/**
 * How reviews made on this kiosk (PO import, desk corrections) reach what visitors see: UI strings through
 * getReviewedTexts, procedure phrases through the content the procedures service reads, place phrases through
 * their database table.
 */
export function reviewSources(kiosk: ReviewedKiosk): ReviewSources & { dataDir: string } {
  return { contentDir: kiosk.paths.contentDir, dataDir: kiosk.paths.dataDir };
}

/** Changes whenever a language's reviews are written (each write renames a file into this folder). */
export function kioskReviewsStamp(dataDir: string): string {
  const folder = dirname(kioskReviewsPath(dataDir, 'fr'));
  return existsSync(folder) ? String(statSync(folder, { bigint: true }).mtimeNs) : 'none';
}

function overridesIn(
  kiosk: ReviewedKiosk,
  lang: string,
  domain: 'ui' | 'phrase' | 'place',
  french?: Texts,
): Record<string, string> {
  const prefix = `${domain}:`;
  return Object.fromEntries(
    Object.entries(reviewedOverrides(reviewSources(kiosk), lang, french))
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, text]) => [key.slice(prefix.length), text]),
  );
}

/** UI texts reviewed on this kiosk that differ from the bundled locale file (flat i18n keys). */
export function reviewedUiTexts(kiosk: ReviewedKiosk, lang: string): Record<string, string> {
  return overridesIn(kiosk, lang, 'ui');
}

/** The content with this kiosk's reviewed procedure phrases in place of the shipped ones. */
export function withReviewedPhrases(kiosk: ReviewedKiosk, content: Content): Content {
  const phrases = { ...content.phrases };
  const french = readShippedTexts(reviewSources(kiosk), sourceLang);
  for (const lang of Object.keys(phrases)) {
    const reviewed = overridesIn(kiosk, lang, 'phrase', french);
    if (Object.keys(reviewed).length > 0) phrases[lang] = { ...phrases[lang], ...reviewed };
  }
  return { ...content, phrases };
}

/** Puts this kiosk's reviewed place phrases (notes, closure reasons) into the table the places service reads. */
export function applyKioskReviews(kiosk: ReviewedKiosk): void {
  const update = kiosk.db.prepare('UPDATE place_phrases SET text = ? WHERE lang = ? AND id = ?');
  const french = readShippedTexts(reviewSources(kiosk), sourceLang);
  kiosk.db.transaction(() => {
    for (const lang of supportedLocales)
      for (const [id, text] of Object.entries(overridesIn(kiosk, lang, 'place', french))) update.run(text, lang, id);
  })();
}
