import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { wavDurationSeconds } from '../../../common/audio/wav';
import { extractPack } from './extract';
import { checkPackSignature } from './signature';
import { checkListedFiles, readPackManifest, type TrustOptions } from './validate';
import { packManifestFile, type PackProblem } from './rules';
import {
  clipPackFiles,
  clipPackManifestSchema,
  clipPackPath,
  clipPackRules,
  type ClipPackManifest,
} from './clip-pack-rules';

export type ClipPackValidation =
  { ok: true; manifest: ClipPackManifest; signedBy: string | null } | { ok: false; problems: PackProblem[] };

/** What the shared file check cannot know: each clip's size as listed, and audio a kiosk can play. */
function checkClips(dir: string, manifest: ClipPackManifest, problems: PackProblem[]): void {
  manifest.clips.forEach((clip, i) => {
    const file = join(dir, clipPackPath(clip.lang, clip.key));
    let bytes: Buffer;
    try {
      if (statSync(file).size !== clip.bytes)
        problems.push({
          file: packManifestFile,
          field: `clips[${i}].bytes`,
          message: `${clip.bytes} bytes listed, the file has ${statSync(file).size}`,
        });
      bytes = readFileSync(file);
    } catch {
      return; // a missing file is already reported by checkListedFiles
    }
    if (wavDurationSeconds(bytes) === null)
      problems.push({ file: clipPackPath(clip.lang, clip.key), field: '', message: 'not a PCM WAV file' });
  });
}

/**
 * Checks an extracted clip pack: the signature (same rules and keys as content packs), the manifest with zod,
 * the sha256 of every file both ways, sizes, and that every clip is playable WAV. Every problem is reported.
 */
export function validateExtractedClipPack(dir: string, options: TrustOptions = {}): ClipPackValidation {
  const problems: PackProblem[] = [];
  const signature = checkPackSignature(dir, options.trustedKeys ?? []);
  problems.push(...signature.problems);
  const manifest = readPackManifest(dir, problems, clipPackManifestSchema);
  if (manifest) {
    checkListedFiles(dir, clipPackFiles(manifest), problems);
    checkClips(dir, manifest, problems);
  }
  if (problems.length > 0 || !manifest) return { ok: false, problems };
  return { ok: true, manifest, signedBy: signature.signedBy };
}

/** Extracts a clip pack (zip or folder) into `workDir` and validates it there. The caller removes workDir. */
export async function validateClipPackInto(
  source: string,
  workDir: string,
  options: TrustOptions = {},
): Promise<ClipPackValidation> {
  const problems = await extractPack(source, workDir, clipPackRules);
  if (problems.length > 0) {
    // Its manifest's problems too: a content pack given by mistake is named as one (`kind`).
    if (existsSync(join(workDir, packManifestFile))) readPackManifest(workDir, problems, clipPackManifestSchema);
    return { ok: false, problems };
  }
  return validateExtractedClipPack(workDir, options);
}
