import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../content/load';
import type { Kiosk } from '../kiosk';
import {
  bundled,
  contentDirFor,
  contentRoot,
  forceInstall,
  readContentState,
  writeContentState,
  type ContentState,
} from './active-content';
import type { PackProblem } from './rules';
import { validatePackInto } from './validate';

export type ImportResult =
  { ok: true; contentVersion: string; territory: string } | { ok: false; problems: PackProblem[] };

const bundledDirOf = (kiosk: Kiosk) => kiosk.paths.bundledContentDir ?? kiosk.paths.contentDir;

/** Removes copies that state.json no longer names (old backups, staging left by a crash). */
function sweep(dataDir: string, state: ContentState): void {
  const keep = new Set([state.current, state.backup, 'state.json']);
  for (const name of readdirSync(contentRoot(dataDir))) {
    if (!keep.has(name)) rmSync(join(contentRoot(dataDir), name), { recursive: true, force: true });
  }
}

function activate(kiosk: Kiosk, state: ContentState): void {
  const dir = contentDirFor(bundledDirOf(kiosk), kiosk.paths.dataDir, state.current);
  const content = loadContent(dir);
  writeContentState(kiosk.paths.dataDir, state);
  forceInstall(kiosk.db, content, state.current, kiosk.clock());
  kiosk.paths.contentDir = dir;
}

/**
 * Imports a pack, all or nothing: it is extracted and validated in a staging folder beside the active
 * content; only a pack with no problem at all is switched in (one atomic rename of state.json, then one
 * database transaction). The previous content becomes the backup; the one before it is deleted.
 */
export function importPack(kiosk: Kiosk, source: string): Promise<ImportResult> {
  // One import at a time in this process: the sweep of one must not remove another's staging folder.
  const run = queue.then(() => importNow(kiosk, source));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function importNow(kiosk: Kiosk, source: string): Promise<ImportResult> {
  const root = contentRoot(kiosk.paths.dataDir);
  mkdirSync(root, { recursive: true });
  const name = `pack-${randomBytes(6).toString('hex')}`;
  const staging = join(root, `.staging-${name}`);
  try {
    const result = await validatePackInto(source, staging);
    if (!result.ok) return result;
    renameSync(staging, join(root, name));
    const previous = readContentState(kiosk.paths.dataDir);
    const next = { current: name, backup: previous.current };
    activate(kiosk, next);
    sweep(kiosk.paths.dataDir, next);
    return { ok: true, contentVersion: result.manifest.contentVersion, territory: result.manifest.territory };
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

/** Puts the backup back as the active content; the content it replaces becomes the backup (so it can be redone). */
export function restoreBackup(kiosk: Kiosk): { contentVersion: string } {
  const state = readContentState(kiosk.paths.dataDir);
  if (state.backup === null) throw new Error('There is no backup to restore: no pack has been imported yet.');
  mkdirSync(contentRoot(kiosk.paths.dataDir), { recursive: true });
  activate(kiosk, { current: state.backup, backup: state.current });
  const dir = contentDirFor(bundledDirOf(kiosk), kiosk.paths.dataDir, state.backup);
  return { contentVersion: loadContent(dir).manifest.contentVersion };
}

export { bundled };
