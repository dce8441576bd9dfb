import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { NotRegularFileError, readRegularFile } from '../../security/regular-file';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../../db/open';
import type { Content } from '../../content/schema';
import { installContent, metaValue } from '../content-store';

/**
 * Where the active content lives. The app's own data/ (read-only app resources once installed) is the
 * "bundled" content. An imported pack is a copy under <dataDir>/content/<name>/, and
 * <dataDir>/content/state.json names the current one and the backup (the previous current). The database is
 * installed first (one transaction); the switch is then one atomic rename of state.json. At every start the
 * database is re-synced with state.json if a crash fell between the two (meta content_source names the copy).
 */
export const bundled = 'bundled';
/** The only names the importer makes: anything else in state.json ("../../etc") is refused. */
export const copyNamePattern = /^pack-[0-9a-f]{12}$/;
const copyName = z.string().refine((n) => n === bundled || copyNamePattern.test(n), 'not a content copy name');
const stateSchema = z.object({ current: copyName, backup: copyName.nullable() }).strict();
export type ContentState = z.infer<typeof stateSchema>;

export const contentRoot = (dataDir: string) => join(dataDir, 'content');
export const stateFileName = 'state.json';
const stateFile = (dataDir: string) => join(contentRoot(dataDir), stateFileName);

export class ContentStateError extends Error {
  constructor(why: string) {
    super(`${stateFileName} ${why}`);
    this.name = 'ContentStateError';
  }
}

/** The state as written, or a ContentStateError when it is damaged or names a copy that is not there. */
export function readContentState(dataDir: string): ContentState {
  const file = stateFile(dataDir);
  let text: string;
  try {
    text = readRegularFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { current: bundled, backup: null };
    if (err instanceof NotRegularFileError) throw new ContentStateError(`is a ${err.kind}, not a regular file`);
    throw new ContentStateError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed;
  try {
    parsed = stateSchema.safeParse(JSON.parse(text));
  } catch {
    throw new ContentStateError('is damaged (not valid JSON)');
  }
  if (!parsed.success) throw new ContentStateError('is damaged (unexpected fields or copy names)');
  const missing = [parsed.data.current, parsed.data.backup].find(
    (n) => n !== null && n !== bundled && !existsSync(join(contentRoot(dataDir), n, 'manifest.json')),
  );
  if (missing) throw new ContentStateError(`names a content copy that is missing (${missing})`);
  return parsed.data;
}

/** Writes and fsyncs `state.json.tmp`; nothing is switched until commitContentState renames it. */
export function prepareContentState(dataDir: string, state: ContentState): string {
  const tmp = `${stateFile(dataDir)}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  return tmp;
}

/** The switch: one rename, then the folder is fsynced, so after a crash state.json is wholly old or wholly new. */
export function commitContentState(dataDir: string, tmp: string): void {
  renameSync(tmp, stateFile(dataDir));
  const dirFd = openSync(contentRoot(dataDir), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

export function writeContentState(dataDir: string, state: ContentState): void {
  commitContentState(dataDir, prepareContentState(dataDir, state));
}

export function contentDirFor(bundledDir: string, dataDir: string, name: string): string {
  return name === bundled ? bundledDir : join(contentRoot(dataDir), name);
}

/**
 * Replaces the installed content whatever its version (import, restore), in ONE transaction. `beforeCommit`
 * runs inside it, last (the content worker's test hold).
 */
export function forceInstall(db: Db, content: Content, source: string, now: Date, beforeCommit?: () => void): void {
  db.transaction(() => {
    db.prepare("DELETE FROM meta WHERE key = 'content_version'").run();
    installContent(db, content, now);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_source', ?)").run(source);
    beforeCommit?.();
  })();
}

/**
 * At start: installs the active content when its version changed (the foundation's rule) or when the
 * database holds another copy than state.json names (a crash between the install and the switch).
 */
export function syncContent(db: Db, content: Content, source: string, now: Date): void {
  const installed = metaValue(db, 'content_source');
  if (installed !== null && installed !== source) return forceInstall(db, content, source, now);
  if (installed === source && metaValue(db, 'content_version') === content.manifest.contentVersion) return;
  db.transaction(() => {
    installContent(db, content, now);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_source', ?)").run(source);
  })();
}
