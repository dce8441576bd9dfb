import { readFileSync } from 'node:fs';
import { z } from 'zod';
// Bundled into main (and so into the installed app), not read from the source tree at run time.
import bundled from '../../common/translation-status.json';
import { lang } from '../../common/ids';

/**
 * Per-locale review status of the translations (common/translation-status.json). For staff screens only:
 * visitors never see it. Drafts stay marked "machine-draft" until a qualified translator reviews them.
 */
export const translationStatusSchema = z.record(
  lang,
  z
    .object({
      status: z.enum(['source', 'machine-draft', 'reviewed']),
      note: z.string().optional(),
      reviewedBy: z.string().nullable(),
    })
    .strict(),
);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** The shipped status, or the one in `file` (tests, or a reviewer checking an edited file). */
export function readTranslationStatus(file?: string): TranslationStatus {
  let raw: unknown = bundled;
  const source = file ?? 'common/translation-status.json';
  try {
    if (file) raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${source}: cannot be read as JSON (${err instanceof Error ? err.message : String(err)})`, {
      cause: err,
    });
  }
  const parsed = translationStatusSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${source}: ${where}`);
  }
  return parsed.data;
}
