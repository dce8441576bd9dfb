import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Per-string review status. The shipped state lives beside the texts, in
 * `<content>/translations/review/<lang>.json`: for each key, its status, the hash of the French it translates and,
 * once reviewed, who reviewed it and when. A key with no entry is a machine draft; an entry whose French hash
 * no longer matches is outdated, whatever it says (so a French change on another branch needs no status edit
 * to be seen). `npm run cli -- translations refresh` rewrites these files to match.
 */
export const stringStatuses = ['machine-draft', 'reviewed', 'outdated'] as const;
export type StringStatus = (typeof stringStatuses)[number];

export const reviewEntrySchema = z
  .object({
    status: z.enum(stringStatuses),
    frHash: z.string().regex(/^[0-9a-f]{16}$/, 'the first 16 hex digits of the sha256 of the French text'),
    reviewedBy: z.string().min(1).max(200).optional(),
    reviewedOn: z.iso.date().optional(),
    /**
     * The reviewed text of a UI string (`ui:` keys) when it differs from the app's bundled locale file: how a
     * content pack carries reviewed UI texts to kiosks (UI locale files are not part of content).
     */
    text: z.string().min(1).max(2000).optional(),
  })
  .strict()
  .refine((e) => e.status !== 'reviewed' || (e.reviewedBy && e.reviewedOn), {
    message: 'a reviewed string names its reviewer and date',
  });
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export const reviewFileSchema = z.record(z.string().min(3).max(200), reviewEntrySchema);
export type ReviewFile = z.infer<typeof reviewFileSchema>;

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
