import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readRegularFile } from '../security/regular-file';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Reviews made on one kiosk (a PO file imported with the CLI, or corrections at the desk), kept in its data
 * folder (`<data dir>/translations/reviewed/<lang>.json`) because the shipped files are read-only once
 * installed. Each entry holds the text, its status (a translator's text still marked fuzzy stays a draft), who
 * reviewed it, when, and the hash of the French it translates. Only translators' names are stored, never
 * visitor data.
 */
export const kioskReviewSchema = z
  .object({
    text: z.string().min(1).max(2000),
    status: z.enum(['machine-draft', 'reviewed']),
    reviewedBy: z.string().min(1).max(200).nullable(),
    reviewedOn: z.iso.date().nullable(),
    frHash: z.string().regex(/^[0-9a-f]{16}$/),
  })
  .strict();
export type KioskReview = z.infer<typeof kioskReviewSchema>;
const kioskReviewFileSchema = z.record(z.string().min(3).max(200), kioskReviewSchema);
export type KioskReviews = z.infer<typeof kioskReviewFileSchema>;

export function kioskReviewsPath(dataDir: string, lang: string): string {
  return join(dataDir, 'translations', 'reviewed', `${lang}.json`);
}

export function readKioskReviews(dataDir: string, lang: string): KioskReviews {
  const file = kioskReviewsPath(dataDir, lang);
  if (!existsSync(file)) return {};
  const parsed = kioskReviewFileSchema.safeParse(JSON.parse(readRegularFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

/** Replaces the language's reviews in one rename: a crash leaves the old file or the new, never half of one. */
export function writeKioskReviews(dataDir: string, lang: string, reviews: KioskReviews): void {
  const file = kioskReviewsPath(dataDir, lang);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(reviews, null, 2) + '\n');
  renameSync(temp, file);
}
