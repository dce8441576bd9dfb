import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeSchema } from '../../common/locale-schema';
import { clipKey } from '../../common/ids';
import { wavDurationSeconds } from '../../common/audio/wav';

/**
 * Recorded voice clips, the speech engine's first choice (human voices are best).
 * Shipped clips: <contentDir>/audio/<lang>/<key>.wav (from the content pack).
 * Staff recordings (voice studio): <dataDir>/clips/<lang>/<key>.wav, which win over shipped ones.
 * A key is the i18n key of a UI string (e.g. "theme.care") or the id of a content phrase.
 */
export const clipKeySchema = clipKey;
/** A recording shorter than this is a mis-tap, not a phrase. */
export const minClipSeconds = 0.2;

export class ClipRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClipRefused';
  }
}
export const clipLangSchema = localeSchema;

export interface ClipDirs {
  contentDir: string;
  dataDir: string;
}

const shippedDir = (dirs: ClipDirs, lang: string) => join(dirs.contentDir, 'audio', lang);
/** Where staff recordings live: the voice studio's takes and the clips of imported clip packs. */
export const recordedClipsRoot = (dirs: Pick<ClipDirs, 'dataDir'>) => join(dirs.dataDir, 'clips');
const recordedDir = (dirs: Pick<ClipDirs, 'dataDir'>, lang: string) => join(recordedClipsRoot(dirs), lang);
/** The file a staff recording of (lang, key) is kept in (whether it exists or not). */
export const recordedClipPath = (dirs: Pick<ClipDirs, 'dataDir'>, lang: string, key: string) =>
  join(recordedDir(dirs, lang), `${key}.wav`);

function keysIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.wav'))
    .map((f) => f.slice(0, -'.wav'.length))
    .filter((k) => clipKeySchema.safeParse(k).success);
}

export function listClipKeys(dirs: ClipDirs, lang: string): string[] {
  clipLangSchema.parse(lang);
  return [...new Set([...keysIn(shippedDir(dirs, lang)), ...keysIn(recordedDir(dirs, lang))])].sort();
}

/** The keys staff recorded in one language (voice studio takes and imported clips), not the shipped ones. */
export function listRecordedClipKeys(dirs: Pick<ClipDirs, 'dataDir'>, lang: string): string[] {
  clipLangSchema.parse(lang);
  return keysIn(recordedDir(dirs, lang)).sort();
}

/** The file to play for (lang, key), a staff recording first; null when there is none or the names are bad. */
export function clipFile(dirs: ClipDirs, lang: string, key: string): string | null {
  if (!clipLangSchema.safeParse(lang).success || !clipKeySchema.safeParse(key).success) return null;
  for (const dir of [recordedDir(dirs, lang), shippedDir(dirs, lang)]) {
    const file = join(dir, `${key}.wav`);
    if (existsSync(file)) return file;
  }
  return null;
}

export function isWav(bytes: Uint8Array): boolean {
  const ascii = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
  return bytes.length > 44 && ascii(0) === 'RIFF' && ascii(8) === 'WAVE';
}

/** Stores a staff recording, atomically (write then rename) so a crash never leaves half a clip. */
export function saveRecordedClip(dirs: ClipDirs, lang: string, key: string, wav: Uint8Array): void {
  clipLangSchema.parse(lang);
  clipKeySchema.parse(key);
  if (!isWav(wav)) throw new ClipRefused('A clip must be a WAV file.');
  const seconds = wavDurationSeconds(wav);
  if (seconds === null || seconds < minClipSeconds)
    throw new ClipRefused(`The recording is too short (at least ${minClipSeconds} s of sound are needed).`);
  const dir = recordedDir(dirs, lang);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${key}.wav.tmp`);
  writeFileSync(tmp, wav);
  renameSync(tmp, join(dir, `${key}.wav`));
}

export function deleteRecordedClip(dirs: ClipDirs, lang: string, key: string): void {
  clipLangSchema.parse(lang);
  clipKeySchema.parse(key);
  rmSync(join(recordedDir(dirs, lang), `${key}.wav`), { force: true });
}
