import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitKey } from '../texts/catalog';
import type { KioskReviews } from '../texts/kiosk-reviews';
import { readReviewFile, reviewFilePath } from '../texts/status';
import type { ReviewEntry } from '../content/review-schema';

/**
 * Writes reviewed strings into a content folder, where they are shipped: procedure phrases into
 * translations/<lang>.json, place phrases into translations/places/<lang>.json, and each string's status into
 * translations/review/<lang>.json. UI texts go into `uiLocaleFile` (the repository's renderer/locales/<lang>.json)
 * when one is given; in a content pack, which carries no UI locale file, they ride in the review entry's `text`.
 * The files keep their format and key order. Checks happen before (planReview): this only writes.
 */
export function mergeReviewsIntoContent(
  contentDir: string,
  lang: string,
  reviews: KioskReviews,
  uiLocaleFile?: string,
): string[] {
  const phrases = join(contentDir, 'translations', `${lang}.json`);
  const places = join(contentDir, 'translations', 'places', `${lang}.json`);
  const texts = new Map<string, Record<string, unknown>>();
  const open = (file: string) => {
    if (!texts.has(file)) texts.set(file, JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
    return texts.get(file)!;
  };
  const review = readReviewFile(reviewFilePath(contentDir, lang));
  for (const [key, r] of Object.entries(reviews)) {
    const split = splitKey(key);
    if (!split) continue;
    let textInEntry = false;
    if (split.domain === 'phrase') open(phrases)[split.id] = r.text;
    else if (split.domain === 'place') open(places)[split.id] = r.text;
    else if (uiLocaleFile) setNested(open(uiLocaleFile), split.id, r.text);
    else textInEntry = true;
    const entry: ReviewEntry = { status: r.status, frHash: r.frHash };
    if (r.reviewedBy) entry.reviewedBy = r.reviewedBy;
    if (r.reviewedOn) entry.reviewedOn = r.reviewedOn;
    if (textInEntry) entry.text = r.text;
    review[key] = entry;
  }
  const written = [...texts.keys()];
  for (const [file, value] of texts) writeJson(file, value);
  writeJson(reviewFilePath(contentDir, lang), review);
  return [...written, reviewFilePath(contentDir, lang)];
}

function setNested(root: Record<string, unknown>, path: string, text: string): void {
  const parts = path.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = text;
}

function writeJson(file: string, value: unknown): void {
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(value, null, 2) + '\n');
  renameSync(temp, file);
}
