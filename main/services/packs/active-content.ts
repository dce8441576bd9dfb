import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../../db/open';
import type { Content } from '../../content/schema';
import { installContent, metaValue } from '../content-store';

/**
 * Where the active content lives. The app's own data/ (read-only app resources once installed) is the
 * "bundled" content. An imported pack is a copy under <dataDir>/content/<name>/, and
 * <dataDir>/content/state.json names the current one and the backup (the previous current). The switch is
 * one atomic rename of state.json; the database then follows in one transaction, and at every start the
 * database is re-synced if a crash fell between the two (meta content_source names the installed copy).
 */
export const bundled = 'bundled';
const stateSchema = z.object({ current: z.string().min(1), backup: z.string().min(1).nullable() }).strict();
export type ContentState = z.infer<typeof stateSchema>;

export const contentRoot = (dataDir: string) => join(dataDir, 'content');
const stateFile = (dataDir: string) => join(contentRoot(dataDir), 'state.json');

export function readContentState(dataDir: string): ContentState {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return { current: bundled, backup: null };
  return stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Write, fsync, rename: after a crash state.json is wholly the old one or wholly the new one. */
export function writeContentState(dataDir: string, state: ContentState): void {
  const file = stateFile(dataDir);
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  const dirFd = openSync(contentRoot(dataDir), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

export function contentDirFor(bundledDir: string, dataDir: string, name: string): string {
  return name === bundled ? bundledDir : join(contentRoot(dataDir), name);
}

/** Replaces the installed content whatever its version (import, restore), in ONE transaction. */
export function forceInstall(db: Db, content: Content, source: string, now: Date): void {
  db.transaction(() => {
    db.prepare("DELETE FROM meta WHERE key = 'content_version'").run();
    installContent(db, content, now);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_source', ?)").run(source);
  })();
}

/**
 * At start: installs the active content when its version changed (the foundation's rule) or when the
 * database holds another copy than state.json names (a crash between the switch and the install).
 */
export function syncContent(db: Db, content: Content, source: string, now: Date): void {
  const installed = metaValue(db, 'content_source');
  if (installed !== null && installed !== source) return forceInstall(db, content, source, now);
  db.transaction(() => {
    installContent(db, content, now);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_source', ?)").run(source);
  })();
}
