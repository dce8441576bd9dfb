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
