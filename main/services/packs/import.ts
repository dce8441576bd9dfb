import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../content/load';
import type { Content } from '../../content/schema';
import type { Kiosk } from '../kiosk';
import {
  commitContentState,
  contentDirFor,
  contentRoot,
  forceInstall,
  prepareContentState,
  readContentState,
  type ContentState,
} from './active-content';
import { withContentLock } from './lock';
import type { PackProblem } from './rules';
import { removeLeftovers } from './startup';
import { reachStep, type StepHook } from './steps';
import { validatePackInto, type TrustOptions } from './validate';
import { compareContentVersions } from './versions';
import { metaValue } from '../content-store';
import { letRequestsThrough } from './let-requests-through';
import { encodeLocalPlace, listLocalPlaces } from '../local-places';

export type ImportResult =
  | { ok: true; contentVersion: string; territory: string; signedBy: string | null; downgradedFrom?: string }
  | { ok: false; problems: PackProblem[]; downgrade?: { installed: string; pack: string } };

export interface ContentChangeOptions extends TrustOptions {
  /** Called at each step (tests fill the disk or check the folder there). */
  onStep?: StepHook;
  /** Import even when the pack's content is older than the installed one (IT's flag, staff's confirmation). */
  allowDowngrade?: boolean;
}

/**
 * A pack older than the active content, or the same version, is refused (a replayed old pack; a slower
 * process importing what another already switched to), unless explicitly allowed.
 */
function downgradeRefusal(installed: string | null, pack: string): ImportResult | null {
  if (installed === null) return null;
  const order = compareContentVersions(pack, installed);
  if (order > 0) return null;
  const message =
    (order === 0
      ? `content ${pack} is already active: refused. `
      : `content ${pack} is older than the installed ${installed}: refused. `) +
    'To install it on purpose: import with --allow-downgrade (IT) or confirm on the staff screen.';
  return {
    ok: false,
    downgrade: { installed, pack },
    problems: [{ file: 'pack-manifest.json', field: 'contentVersion', message }],
  };
}

/** The version of the content state.json names, read under the lock (never this process's older idea of it). */
function activeVersion(kiosk: Kiosk, state: ContentState): string | null {
  try {
    return loadContent(contentDirFor(bundledDirOf(kiosk), kiosk.paths.dataDir, state.current)).manifest.contentVersion;
  } catch {
    return metaValue(kiosk.db, 'content_version');
  }
}

/**
 * A pack of the active version that brings places staff added on another kiosk (or changed there) is new
 * content, not a replay: it is imported like a newer one. The same pack imported again brings nothing new.
 */
function bringsLocalPlaces(kiosk: Kiosk, pack: Content, installed: string | null, version: string): boolean {
  if (installed === null || compareContentVersions(version, installed) !== 0) return false;
  const known = new Set(listLocalPlaces(kiosk.db).map((p) => encodeLocalPlace(p.place)));
  return pack.localPlaces.some((p) => !known.has(encodeLocalPlace(p)));
}

const bundledDirOf = (kiosk: Kiosk) => kiosk.paths.bundledContentDir ?? kiosk.paths.contentDir;

/**
 * Switches to `next`: the database first (one transaction), state.json last (one atomic rename), so the
 * switch happens only once everything else has succeeded. A failure after the database step (a full disk)
 * puts the previous content back in the database; if even that fails, the next start re-syncs the database
 * with state.json, which still names the previous content.
 */
function activate(
  kiosk: Kiosk,
  previous: ContentState,
  next: ContentState,
  hook?: StepHook,
  validated?: Content,
): void {
  const dataDir = kiosk.paths.dataDir;
  const dir = contentDirFor(bundledDirOf(kiosk), dataDir, next.current);
  // An import has just loaded and checked these very files: loading them again blocked the host ~0.3 s more.
  const content = validated ?? loadContent(dir);
  const tmp = prepareContentState(dataDir, next);
  reachStep('state-prepared', hook);
  try {
    forceInstall(kiosk.db, content, next.current, kiosk.clock());
    reachStep('database-installed', hook);
    commitContentState(dataDir, tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    try {
      const back = contentDirFor(bundledDirOf(kiosk), dataDir, previous.current);
      forceInstall(kiosk.db, loadContent(back), previous.current, kiosk.clock());
    } catch {
      // The start-time re-sync will do it: state.json was not switched.
    }
    throw err;
  }
  kiosk.paths.contentDir = dir;
  reachStep('switched', hook);
}

/**
 * Imports a pack, all or nothing, holding the content lock (one writer across processes): extracted and
 * validated in a staging folder beside the active content; only a pack with no problem at all is switched in.
 * The previous content becomes the backup; the one before it is deleted.
 */
export function importPack(kiosk: Kiosk, source: string, options: ContentChangeOptions = {}): Promise<ImportResult> {
  const root = contentRoot(kiosk.paths.dataDir);
  return withContentLock(root, () => importLocked(kiosk, source, options)).catch(sayDiskFull(kiosk));
}

/**
 * A full disk, in SQLite's words ("database or disk is full") or Node's (ENOSPC), reached staff and IT raw:
 * said plainly instead, with what it means (nothing switched) and what to do.
 */
export class ContentDiskFullError extends Error {
  constructor(dataDir: string, code: string) {
    super(
      `The disk holding ${dataDir} is full: nothing was changed, the previous content is still active. ` +
        `Free some space and try again (${code}).`,
    );
    this.name = 'ContentDiskFullError';
  }
}

const sayDiskFull = (kiosk: Kiosk) => (err: unknown) => {
  const code = (err as { code?: unknown } | null)?.code;
  const full = code === 'ENOSPC' || code === 'SQLITE_FULL' || /database or disk is full/.test(String(err));
  throw full ? new ContentDiskFullError(kiosk.paths.dataDir, String(code ?? 'SQLITE_FULL')) : err;
};

async function importLocked(kiosk: Kiosk, source: string, options: ContentChangeOptions): Promise<ImportResult> {
  const hook = options.onStep;
  const root = contentRoot(kiosk.paths.dataDir);
  reachStep('locked', hook);
  const name = `pack-${randomBytes(6).toString('hex')}`;
  const staging = join(root, `.staging-${name}`);
  try {
    const result = await validatePackInto(source, staging, options);
    if (!result.ok) return result;
    // The host serves visitors from this thread: let waiting requests through between the long steps.
    await letRequestsThrough();
    // Another process may have switched the content since this one started: state.json, read now, is the truth.
    const previous = readContentState(kiosk.paths.dataDir);
    kiosk.paths.contentDir = contentDirFor(bundledDirOf(kiosk), kiosk.paths.dataDir, previous.current);
    const installed = activeVersion(kiosk, previous);
    const refusal = bringsLocalPlaces(kiosk, result.content, installed, result.manifest.contentVersion)
      ? null
      : downgradeRefusal(installed, result.manifest.contentVersion);
    if (refusal && !options.allowDowngrade) return refusal;
    reachStep('extracted', hook);
    renameSync(staging, join(root, name));
    reachStep('copied', hook);
    await letRequestsThrough();
    const next = { current: name, backup: previous.current };
    try {
      activate(kiosk, previous, next, hook, result.content);
    } catch (err) {
      rmSync(join(root, name), { recursive: true, force: true });
      throw err;
    }
    removeLeftovers(kiosk.paths.dataDir, next);
    reachStep('swept', hook);
    const { contentVersion, territory } = result.manifest;
    const signedBy = result.signedBy;
    return refusal?.ok === false && refusal.downgrade && refusal.downgrade.installed !== contentVersion
      ? { ok: true, contentVersion, territory, signedBy, downgradedFrom: refusal.downgrade.installed }
      : { ok: true, contentVersion, territory, signedBy };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface BackupInfo {
  current: string;
  backup: string | null;
}

export function contentState(kiosk: Kiosk): BackupInfo {
  return readContentState(kiosk.paths.dataDir);
}

export class NoBackupError extends Error {
  constructor() {
    super('There is no backup to restore: no pack has been imported yet.');
    this.name = 'NoBackupError';
  }
}

/** Puts the backup back as the active content; the content it replaces becomes the backup (so it can be redone). */
export function restoreBackup(kiosk: Kiosk, options: ContentChangeOptions = {}): Promise<{ contentVersion: string }> {
  const dataDir = kiosk.paths.dataDir;
  return withContentLock(contentRoot(dataDir), () => {
    reachStep('locked', options.onStep);
    const state = readContentState(dataDir);
    kiosk.paths.contentDir = contentDirFor(bundledDirOf(kiosk), dataDir, state.current);
    if (state.backup === null) throw new NoBackupError();
    activate(kiosk, state, { current: state.backup, backup: state.current }, options.onStep);
    return { contentVersion: loadContent(kiosk.paths.contentDir).manifest.contentVersion };
  }).catch(sayDiskFull(kiosk));
}
