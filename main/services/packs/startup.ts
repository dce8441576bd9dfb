import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readRegularFile } from '../../security/regular-file';
import { basename, join } from 'node:path';
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
import { ContentBusyError, lockFileName, withContentLockSync } from './lock';
import type { StartupNotice } from '../../db/recover';

/**
 * What the kiosk starts on, whatever state.json holds: a damaged state.json, or one naming a missing copy,
 * never stops a start. The kiosk falls back to the backup copy when it is whole, else to the bundled content,
 * keeps the damaged file aside and says so (`notices`: logged, shown to IT and staff). The caller holds the
 * content lock (see startUnderContentLock), so the file it repairs is not one another process is switching.
 */
export function resolveContentState(dataDir: string, stamp: string): { state: ContentState; notices: StartupNotice[] } {
  try {
    return { state: readContentState(dataDir), notices: [] };
  } catch (err) {
    if (!(err instanceof ContentStateError)) throw err;
    const fallback = wholeBackupNamed(dataDir);
    const state: ContentState = { current: fallback ?? bundled, backup: null };
    const aside = `${stateFileName}.damaged-${stamp}`;
    let kept: string[] = [];
    try {
      renameSync(join(contentRoot(dataDir), stateFileName), join(contentRoot(dataDir), aside));
      kept = keepCopiesAside(dataDir, state, stamp);
      writeContentState(dataDir, state);
    } catch {
      // A full or read-only disk: the kiosk still starts on the fallback; the repair waits for the next start.
    }
    const on = fallback ? `the backup copy (${fallback})` : 'the content shipped with the app';
    const copies = kept.length > 0 ? `; the imported content was kept as ${kept.join(', ')} (import it again)` : '';
    const message = `${err.message}: older content is running, started on ${on}; the damaged file was kept as ${aside}${copies}.`;
    return { state, notices: [{ kind: 'content-state', keptAs: aside, message }] };
  }
}

/**
 * The copies a damaged state.json may have named, other than the one started on, renamed out of the sweep's
 * reach (`<copy>.kept-<stamp>`): the start used to delete the imported content it could no longer name.
 */
function keepCopiesAside(dataDir: string, state: ContentState, stamp: string): string[] {
  const root = contentRoot(dataDir);
  const kept: string[] = [];
  for (const name of readdirSync(root)) {
    if (!copyNamePattern.test(name) || name === state.current) continue;
    renameSync(join(root, name), join(root, `${name}.kept-${stamp}`));
    kept.push(`${name}.kept-${stamp}`);
  }
  return kept;
}

/** The backup named by a damaged state.json, if that much can be read and the copy is whole. */
function wholeBackupNamed(dataDir: string): string | null {
  try {
    const raw = JSON.parse(readRegularFile(join(contentRoot(dataDir), stateFileName), 'utf8')) as { backup?: unknown };
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
 * What a crash or a killed process can leave in the content folder: staging folders, copies that state.json does
 * not name, a prepared but unswitched state.json.tmp, broken locks (their paths).
 */
export function leftoversIn(dataDir: string, state: ContentState): string[] {
  const root = contentRoot(dataDir);
  if (!existsSync(root)) return [];
  const keep = new Set([state.current, state.backup]);
  return readdirSync(root)
    .filter(
      (name) =>
        name.startsWith('.staging-') ||
        name === `${stateFileName}.tmp` ||
        name.startsWith(`${lockFileName}.stale-`) ||
        (copyNamePattern.test(name) && !keep.has(name)),
    )
    .map((name) => join(root, name));
}

/** Removes the leftovers (leftoversIn) and returns their names. The caller holds the lock. */
export function removeLeftovers(dataDir: string, state: ContentState): string[] {
  return leftoversIn(dataDir, state).map((path) => {
    rmSync(path, { recursive: true, force: true });
    return basename(path);
  });
}

/**
 * The start's share of content writing, holding the content lock like an import or a restore: `work` reads
 * state.json and re-syncs the database only once no other process is switching the content (a `cli info`
 * started mid-import once put the previous content back into the database). On a disk where the lock cannot
 * even be created (read-only, full), nobody can switch the content either: the work runs without it.
 */
export function startUnderContentLock<T>(dataDir: string, work: () => T): T {
  let locked = false;
  try {
    return withContentLockSync(contentRoot(dataDir), () => {
      locked = true;
      return work();
    });
  } catch (err) {
    if (locked || err instanceof ContentBusyError) throw err;
    return work();
  }
}
