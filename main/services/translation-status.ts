import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths';

/**
 * Per-locale review status of the translations (renderer/translation-status.json). For staff screens only:
 * visitors never see it. Drafts stay marked "machine-draft" until a qualified translator reviews them.
 */
export const translationStatusSchema = z.record(
  z.string().regex(/^[a-z]{2,3}$/),
  z
    .object({
      status: z.enum(['source', 'machine-draft', 'reviewed']),
      note: z.string().optional(),
      reviewedBy: z.string().nullable(),
    })
    .strict(),
);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

export const defaultTranslationStatusFile = join(projectRoot, 'renderer', 'translation-status.json');

export function readTranslationStatus(file = defaultTranslationStatusFile): TranslationStatus {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot be read as JSON (${err instanceof Error ? err.message : String(err)})`, {
      cause: err,
    });
  }
  const parsed = translationStatusSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${where}`);
  }
  return parsed.data;
}
