import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestSchema, type Content } from '../../content/schema';
import { readRegularFile } from '../../security/regular-file';
import type { Kiosk } from '../kiosk';
import {
  commitContentState,
  contentDirFor,
  contentRoot,
  prepareContentState,
  readContentState,
  type ContentState,
} from './active-content';
import { withContentLock } from './lock';
import type { PackProblem } from './rules';
import { leftoversIn } from './startup';
import { reachStep, type StepHook } from './steps';
import type { TrustOptions } from './validate';
import { compareContentVersions } from './versions';
import { metaValue } from '../content-store';
import { encodeLocalPlace, listLocalPlaces } from '../local-places';
import type { LocalPlace } from '../../content/local-place-schema';
import { ContentWorker } from './content-worker-client';

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

/**
 * The version of the content state.json names, read under the lock (never this process's older idea of it). Its
 * manifest.json alone: loading the whole content for it held the host's thread ~0.2 s.
 */
function activeVersion(kiosk: Kiosk, state: ContentState): string | null {
  try {
    const dir = contentDirFor(bundledDirOf(kiosk), kiosk.paths.dataDir, state.current);
    return manifestSchema.parse(JSON.parse(readRegularFile(join(dir, 'manifest.json'), 'utf8'))).contentVersion;
  } catch {
    return metaValue(kiosk.db, 'content_version');
  }
}

/**
 * A pack of the active version that brings places staff added on another kiosk (or changed there) is new
 * content, not a replay: it is imported like a newer one. The same pack imported again brings nothing new.
 */
function bringsLocalPlaces(kiosk: Kiosk, places: LocalPlace[], installed: string | null, version: string): boolean {
  if (installed === null || compareContentVersions(version, installed) !== 0) return false;
  const known = new Set(listLocalPlaces(kiosk.db).map((p) => encodeLocalPlace(p.place)));
  return places.some((p) => !known.has(encodeLocalPlace(p)));
}

const bundledDirOf = (kiosk: Kiosk) => kiosk.paths.bundledContentDir ?? kiosk.paths.contentDir;

/**
 * Switches to `next`: the database first (one transaction), state.json last (one atomic rename), so the
 * switch happens only once everything else has succeeded. A failure after the database step (a full disk)
 * puts the previous content back in the database; if even that fails, the next start re-syncs the database
 * with state.json, which still names the previous content. The database install runs in `worker` (its own
 * connection), off the thread that serves visitors: what `worker` last checked, else the content in the folder.
 * Returns the content now active.
 */
async function activate(
  kiosk: Kiosk,
  previous: ContentState,
  next: ContentState,
  worker: ContentWorker,
  options: { hook?: StepHook; checked?: boolean } = {},
): Promise<Content> {
  const { hook } = options;
  const dataDir = kiosk.paths.dataDir;
  const dir = contentDirFor(bundledDirOf(kiosk), dataDir, next.current);
  const tmp = prepareContentState(dataDir, next);
  reachStep('state-prepared', hook);
  let content: Content;
  try {
    // An import installs the content it has just checked: loading the same files again took ~0.3 s more.
    content = await worker.install(next.current, kiosk.clock(), options.checked ? null : dir);
    // From here to the switch, nothing waits: no visitor request runs between the commit and the rename.
    reachStep('database-installed', hook);
    commitContentState(dataDir, tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    try {
      const back = contentDirFor(bundledDirOf(kiosk), dataDir, previous.current);
      await worker.install(previous.current, kiosk.clock(), back);
    } catch {
      // The start-time re-sync will do it: state.json was not switched.
    }
    throw err;
  }
  kiosk.useContent(dir, content);
  reachStep('switched', hook);
  return content;
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
  // The long steps (checking the pack, installing it in the database) run in a worker thread: the host serves
  // visitors from this one.
  const worker = ContentWorker.start(kiosk.db.name);
  try {
    const result = await worker.check(source, staging, options.trustedKeys ?? []);
    if (!result.ok) return result;
    // Another process may have switched the content since this one started: state.json, read now, is the truth.
    const previous = readContentState(kiosk.paths.dataDir);
    kiosk.paths.contentDir = contentDirFor(bundledDirOf(kiosk), kiosk.paths.dataDir, previous.current);
    const installed = activeVersion(kiosk, previous);
    const refusal = bringsLocalPlaces(kiosk, result.localPlaces, installed, result.manifest.contentVersion)
      ? null
      : downgradeRefusal(installed, result.manifest.contentVersion);
    if (refusal && !options.allowDowngrade) return refusal;
    reachStep('extracted', hook);
    renameSync(staging, join(root, name));
    reachStep('copied', hook);
    const next = { current: name, backup: previous.current };
    try {
      await activate(kiosk, previous, next, worker, { hook, checked: true });
    } catch (err) {
      await rm(join(root, name), { recursive: true, force: true });
      throw err;
    }
    // The previous backup copy goes (a few hundred files): removed without holding this thread.
    for (const path of leftoversIn(kiosk.paths.dataDir, next)) await rm(path, { recursive: true, force: true });
    reachStep('swept', hook);
    const { contentVersion, territory } = result.manifest;
    const signedBy = result.signedBy;
    return refusal?.ok === false && refusal.downgrade && refusal.downgrade.installed !== contentVersion
      ? { ok: true, contentVersion, territory, signedBy, downgradedFrom: refusal.downgrade.installed }
      : { ok: true, contentVersion, territory, signedBy };
  } finally {
    await worker.close();
    await rm(staging, { recursive: true, force: true });
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
  return withContentLock(contentRoot(dataDir), async () => {
    reachStep('locked', options.onStep);
    const state = readContentState(dataDir);
    kiosk.paths.contentDir = contentDirFor(bundledDirOf(kiosk), dataDir, state.current);
    if (state.backup === null) throw new NoBackupError();
    const worker = ContentWorker.start(kiosk.db.name);
    try {
      const next = { current: state.backup, backup: state.current };
      const content = await activate(kiosk, state, next, worker, { hook: options.onStep });
      return { contentVersion: content.manifest.contentVersion };
    } finally {
      await worker.close();
    }
  }).catch(sayDiskFull(kiosk));
}
