import { z } from 'zod';
import { clipKey } from '../../../common/ids';
import { localeSchema } from '../../../common/locale-schema';
import {
  packAudioFile,
  packLimits,
  packManifestFile,
  packSignatureFile,
  sizeLimit,
  unsafePathProblem,
  type PackRules,
} from './rules';

/**
 * A clip pack: the voice studio's takes of one kiosk, pushed to a fleet. Same container as a content pack (a
 * zip or folder with pack-manifest.json, an optional pack-signature.json made by the same keys and checked by
 * the same code, see signature.ts) but it holds only clips, at the same paths as a content pack's clips:
 * audio/<lang>/<key>.wav. Its manifest says `"kind": "clips"`, so a signed clip manifest can never pass for a
 * content pack's (whose schema has no `kind`), nor the other way round.
 */
export const clipPackKind = 'clips';

/** Where a clip lives in a clip pack (and in a content pack). */
export const clipPackPath = (lang: string, key: string) => `audio/${lang}/${key}.wav`;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lowercase hex');

export const clipPackEntrySchema = z
  .object({
    lang: localeSchema,
    key: clipKey,
    sha256: sha256Hex,
    bytes: z.number().int().positive().max(packLimits.maxAudioBytes),
  })
  .strict();
export type ClipPackEntry = z.infer<typeof clipPackEntrySchema>;

export const clipPackManifestSchema = z
  .object({
    format: z.literal(1),
    kind: z.literal(clipPackKind, {
      error: `must be "${clipPackKind}" (a content pack is imported with \`npm run cli -- import\`)`,
    }),
    /** When the pack was made (UTC): a kiosk's configured clipPack is imported only when newer than the last. */
    created: z.iso.datetime(),
    /** The content version of the kiosk the takes were recorded on, when it was known. */
    contentVersion: z
      .string()
      .regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/, 'format YYYY.MM.DD-N')
      .optional(),
    clips: z
      .array(clipPackEntrySchema)
      .min(1, 'a clip pack holds at least one clip')
      .max(packLimits.maxFiles - 2),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    manifest.clips.forEach((clip, i) => {
      const path = clipPackPath(clip.lang, clip.key);
      if (seen.has(path)) ctx.addIssue({ code: 'custom', path: ['clips', i], message: `${path} listed twice` });
      seen.add(path);
    });
  });
export type ClipPackManifest = z.infer<typeof clipPackManifestSchema>;

/** Why a path may not be in a clip pack, or null when it may: only the manifest, the signature and clips. */
export function clipPackPathProblem(path: string): string | null {
  const unsafe = unsafePathProblem(path);
  if (unsafe) return unsafe;
  if (path === packManifestFile || path === packSignatureFile || packAudioFile.test(path)) return null;
  return 'not a clip: a clip pack holds only audio/<lang>/<key>.wav, pack-manifest.json and pack-signature.json';
}

export const clipPackRules: PackRules = { pathProblem: clipPackPathProblem, sizeLimit };

/** The manifest's clips as the path → sha256 map the shared file check (validate.ts) reads. */
export const clipPackFiles = (manifest: ClipPackManifest): Record<string, string> =>
  Object.fromEntries(manifest.clips.map((c) => [clipPackPath(c.lang, c.key), c.sha256]));
