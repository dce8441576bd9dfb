import { z } from 'zod';
import type { ContentProblem } from '../../content/problems';
import { supportedLocales } from '../../../common/locales';
import { clipKeyPattern, patternBody } from '../../../common/ids';

/**
 * What a content pack may hold. A pack is a folder or a zip with, at its top level, `pack-manifest.json`
 * (territory, content version, date, sha256 of every other file), the content data files (`*.json`, validated
 * by main/content/load.ts exactly like data/) and recorded clips `audio/<lang>/<key>.wav`. Nothing else.
 */
export const packManifestFile = 'pack-manifest.json';
/** The detached Ed25519 signature over pack-manifest.json (see signature.ts). */
export const packSignatureFile = 'pack-signature.json';

export const packLimits = {
  maxFiles: 5000,
  maxJsonBytes: 5 * 1024 * 1024,
  maxAudioBytes: 10 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  /** A zip entry expanding more than this many times is treated as a zip bomb. */
  maxRatio: 200,
};

export type PackProblem = ContentProblem;

// Content JSON at the top level or up to three folders down (other helpers' content uses e.g.
// structures/972.json, maps/75.json, translations/places/fr.json); audio/ is reserved for clips.
const segment = '[A-Za-z0-9][A-Za-z0-9_-]{0,63}';
const jsonFile = new RegExp(`^(?!audio/)(${segment}/){0,3}${segment}\\.json$`);
/** A recorded clip in a pack (content or clip pack): audio/<lang>/<key>.wav. */
export const packAudioFile = new RegExp(`^audio/(${supportedLocales.join('|')})/${patternBody(clipKeyPattern)}\\.wav$`);

/** Why a path may not be in any pack: hostile paths (NUL, backslash, ../, absolute, drive letters). */
export function unsafePathProblem(path: string): string | null {
  if (path.includes('\0')) return 'the path contains a NUL character';
  if (path.includes('\\')) return 'the path contains a backslash';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'absolute paths are not allowed';
  if (path.split('/').some((part) => part === '..' || part === '.')) return '".." and "." are not allowed in paths';
  return null;
}

/** Why a path may not be in a content pack, or null when it may. */
export function packPathProblem(path: string): string | null {
  const unsafe = unsafePathProblem(path);
  if (unsafe) return unsafe;
  if (path === packManifestFile || path === packSignatureFile || jsonFile.test(path) || packAudioFile.test(path))
    return null;
  return 'not a content file: expected <name>.json (at most three folders deep) or audio/<lang>/<key>.wav';
}

export function sizeLimit(path: string): number {
  return path.endsWith('.wav') ? packLimits.maxAudioBytes : packLimits.maxJsonBytes;
}

/** What one kind of pack may hold: extraction (extract.ts) refuses any other path or a file over its limit. */
export interface PackRules {
  pathProblem(path: string): string | null;
  sizeLimit(path: string): number;
}
export const contentPackRules: PackRules = { pathProblem: packPathProblem, sizeLimit };

export const packManifestSchema = z
  .object({
    format: z.literal(1),
    territory: z.string().regex(/^[0-9A-Z]{2,3}$/),
    contentVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/, 'format YYYY.MM.DD-N'),
    date: z.iso.date(),
    files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lowercase hex')),
  })
  .strict();
export type PackManifest = z.infer<typeof packManifestSchema>;
