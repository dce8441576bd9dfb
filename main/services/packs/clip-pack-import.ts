import { readRegularFile } from '../../security/regular-file';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { recordedClipPath, recordedClipsRoot, type ClipDirs } from '../clips';
import { audiblePhraseKeys, uiKeys } from '../clip-coverage';
import { metaValue } from '../content-store';
import type { Kiosk } from '../kiosk';
import { clipPackPath, type ClipPackEntry } from './clip-pack-rules';
import { validateClipPackInto } from './clip-pack-validate';
import { withContentLock } from './lock';
import { packManifestFile, type PackProblem } from './rules';
import { sha256File, type TrustOptions } from './validate';

export interface ClipRef {
  lang: string;
  key: string;
}

export type ClipImportResult =
  | {
      ok: true;
      skipped: false;
      created: string;
      clips: ClipRef[];
      /** Clips for a phrase the installed content and UI do not have (kept, reported). */
      unknown: ClipRef[];
      signedBy: string | null;
      /** The content version the takes were recorded against, when the pack says. */
      recordedAgainst: string | null;
      installedContentVersion: string | null;
    }
  | { ok: true; skipped: true; created: string; lastImported: string }
  | { ok: false; problems: PackProblem[] };

export interface ClipImportOptions extends TrustOptions {
  /** The machine config's clipPack at start: only a pack newer than the last one imported is imported. */
  onlyIfNewer?: boolean;
}

/** The last clip pack imported on this kiosk: <data dir>/clips/clip-pack.json. */
const stateSchema = z.object({
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  created: z.iso.datetime(),
  importedAt: z.iso.datetime(),
  clips: z.number().int().nonnegative(),
});
export type ClipPackState = z.infer<typeof stateSchema>;
const stateFile = (dirs: Pick<ClipDirs, 'dataDir'>) => join(recordedClipsRoot(dirs), 'clip-pack.json');

/** The last clip pack imported, or null (none, or a damaged record: the next configured pack is imported). */
export function lastImportedClipPack(dirs: Pick<ClipDirs, 'dataDir'>): ClipPackState | null {
  try {
    return stateSchema.parse(JSON.parse(readRegularFile(stateFile(dirs), 'utf8')));
  } catch {
    return null;
  }
}

function writeState(dirs: Pick<ClipDirs, 'dataDir'>, state: ClipPackState): void {
  const file = stateFile(dirs);
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
}

/**
 * Copies the validated clips beside their place first, then renames each over: if a copy fails (a full disk)
 * every copy made is removed and no existing clip has changed; the renames that follow cannot half-write a clip.
 */
function installClips(dirs: Pick<ClipDirs, 'dataDir'>, work: string, clips: readonly ClipPackEntry[]): void {
  const staged: [tmp: string, final: string][] = [];
  try {
    for (const clip of clips) {
      const final = recordedClipPath(dirs, clip.lang, clip.key);
      const tmp = join(dirname(final), `.${clip.key}.wav.import`);
      mkdirSync(dirname(final), { recursive: true });
      staged.push([tmp, final]);
      copyFileSync(join(work, clipPackPath(clip.lang, clip.key)), tmp);
    }
  } catch (err) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw err;
  }
  for (const [tmp, final] of staged) renameSync(tmp, final);
}

/** Clips whose key is no phrase a visitor can hear in that language (the UI strings are bundled: always checked). */
function unknownClips(kiosk: Kiosk, clips: readonly ClipPackEntry[]): ClipRef[] {
  const ui = uiKeys();
  const known = new Map<string, Set<string>>();
  const knownIn = (lang: string) => {
    const set = known.get(lang) ?? new Set(audiblePhraseKeys(kiosk, lang, ui));
    known.set(lang, set);
    return set;
  };
  return clips.filter((c) => !knownIn(c.lang).has(c.key)).map(({ lang, key }) => ({ lang, key }));
}

/**
 * Imports a clip pack into this kiosk's recorded clips (<data dir>/clips/<lang>/<key>.wav, what clipFile serves
 * first). Nothing is written unless the whole pack is valid (signature, manifest, every file); clips of the
 * pack replace recordings of the same key, other clips are kept. One writer at a time (the lock of content).
 */
export function importClipPack(
  kiosk: Kiosk,
  source: string,
  options: ClipImportOptions = {},
): Promise<ClipImportResult> {
  const root = recordedClipsRoot(kiosk.paths);
  mkdirSync(root, { recursive: true });
  return withContentLock(root, async (): Promise<ClipImportResult> => {
    const work = mkdtempSync(join(tmpdir(), 'repere-clips-'));
    try {
      const check = await validateClipPackInto(source, work, options);
      if (!check.ok) return check;
      const { manifest } = check;
      const manifestSha256 = sha256File(join(work, packManifestFile));
      const last = lastImportedClipPack(kiosk.paths);
      const notNewer =
        last !== null &&
        (last.manifestSha256 === manifestSha256 || Date.parse(manifest.created) <= Date.parse(last.created));
      if (options.onlyIfNewer && notNewer)
        return { ok: true, skipped: true, created: manifest.created, lastImported: last.created };
      // Checked before anything is written: a pack whose clips cannot be checked is never imported unchecked.
      const unknown = unknownClips(kiosk, manifest.clips);
      installClips(kiosk.paths, work, manifest.clips);
      const importedAt = kiosk.clock().toISOString();
      writeState(kiosk.paths, { manifestSha256, created: manifest.created, importedAt, clips: manifest.clips.length });
      return {
        ok: true,
        skipped: false,
        created: manifest.created,
        clips: manifest.clips.map(({ lang, key }) => ({ lang, key })),
        unknown,
        signedBy: check.signedBy,
        recordedAgainst: manifest.contentVersion ?? null,
        installedContentVersion: metaValue(kiosk.db, 'content_version'),
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}
