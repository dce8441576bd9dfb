import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewFileSchema, type ReviewEntry, type ReviewFile, type StringStatus } from '../content/review-schema';

/** Reading the shipped status files (their format: content/review-schema.ts) and what an entry means today. */
export function frenchHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function reviewFilePath(contentDir: string, lang: string): string {
  return join(contentDir, 'translations', 'review', `${lang}.json`);
}

/** The shipped per-string status of `lang`; a missing file means every string is a machine draft. */
export function readReviewFile(file: string): ReviewFile {
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = reviewFileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${where}`);
  }
  return parsed.data;
}

/** What an entry means today, given the current French text. */
export function effectiveStatus(entry: ReviewEntry | undefined, french: string): StringStatus {
  if (!entry) return 'machine-draft';
  return entry.frHash === frenchHash(french) ? entry.status : 'outdated';
}

export interface StatusCounts {
  total: number;
  reviewed: number;
  machineDraft: number;
  outdated: number;
}

export function countStatuses(statuses: Iterable<StringStatus>): StatusCounts {
  const c: StatusCounts = { total: 0, reviewed: 0, machineDraft: 0, outdated: 0 };
  for (const s of statuses) {
    c.total++;
    if (s === 'reviewed') c.reviewed++;
    else if (s === 'outdated') c.outdated++;
    else c.machineDraft++;
  }
  return c;
}
