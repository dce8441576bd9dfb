import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundled,
  contentRoot,
  ContentStateError,
  copyNamePattern,
  readContentState,
  stateFileName,
  writeContentState,
  type ContentState,
} from './active-content';
import { lockFileName, tryLock } from './lock';
import type { StartupNotice } from '../../db/recover';

/**
 * What the kiosk starts on, whatever state.json holds: a damaged state.json, or one naming a missing copy,
 * never stops a start. The kiosk falls back to the backup copy when it is whole, else to the bundled content,
 * keeps the damaged file aside and says so (`notices`: logged, shown to IT and staff).
 */
export function resolveContentState(dataDir: string, stamp: string): { state: ContentState; notices: StartupNotice[] } {
  try {
    return { state: readContentState(dataDir), notices: [] };
  } catch (err) {
    if (!(err instanceof ContentStateError)) throw err;
    const fallback = wholeBackupNamed(dataDir);
    const state: ContentState = { current: fallback ?? bundled, backup: null };
    const aside = `${stateFileName}.damaged-${stamp}`;
    try {
      const release = tryLock(contentRoot(dataDir));
      if (typeof release === 'function') {
        try {
          renameSync(join(contentRoot(dataDir), stateFileName), join(contentRoot(dataDir), aside));
          writeContentState(dataDir, state);
        } finally {
          release();
        }
      }
    } catch {
      // A full or read-only disk: the kiosk still starts on the fallback; the repair waits for the next start.
    }
    const on = fallback ? `the backup copy (${fallback})` : 'the content shipped with the app';
    const message = `${err.message}: started on ${on}; the damaged file was kept as ${aside}.`;
    return { state, notices: [{ kind: 'content-state', keptAs: aside, message }] };
  }
}

/** The backup named by a damaged state.json, if that much can be read and the copy is whole. */
function wholeBackupNamed(dataDir: string): string | null {
  try {
    const raw = JSON.parse(readFileSync(join(contentRoot(dataDir), stateFileName), 'utf8')) as { backup?: unknown };
    const name = raw.backup;
    if (
      typeof name === 'string' &&
      copyNamePattern.test(name) &&
      existsSync(join(contentRoot(dataDir), name, 'manifest.json'))
    )
      return name;
  } catch {
    // Not even JSON: no backup can be named.
  }
  return null;
}

/**
 * Removes what a crash or a killed process can leave in the content folder: staging folders, copies that
 * state.json does not name, a prepared but unswitched state.json.tmp, broken locks. The caller holds the lock.
 */
export function removeLeftovers(dataDir: string, state: ContentState): string[] {
  const root = contentRoot(dataDir);
  if (!existsSync(root)) return [];
  const keep = new Set([state.current, state.backup]);
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    const leftover =
      name.startsWith('.staging-') ||
      name === `${stateFileName}.tmp` ||
      name.startsWith(`${lockFileName}.stale-`) ||
      (copyNamePattern.test(name) && !keep.has(name));
    if (!leftover) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * At start: removeLeftovers, unless another process holds the lock (its staging folder is live). Never stops a
 * start: on a full or read-only disk the leftovers simply wait for the next start.
 */
export function sweepContentFolder(dataDir: string, state: ContentState): string[] {
  const root = contentRoot(dataDir);
  if (!existsSync(root)) return [];
  try {
    const release = tryLock(root);
    if (typeof release !== 'function') return [];
    try {
      return removeLeftovers(dataDir, state);
    } finally {
      release();
    }
  } catch {
    return [];
  }
}
