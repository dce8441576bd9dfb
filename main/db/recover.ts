import Database from 'better-sqlite3';
import { existsSync, renameSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { NewerDatabaseError } from './migrate';
import { notRegularKind } from '../security/regular-file';
import { openDatabase, type Db } from './open';

/**
 * What a fresh database takes back from a damaged one: what staff and IT set (settings, PIN and its lockout,
 * hours edits and their log) and the anonymous counters. Content tables are rebuilt from the content instead.
 */
export const recoverableTables = [
  'settings',
  'staff_pin',
  'staff_lockout',
  'stat_counters',
  'hours_changes',
  'staff_overrides',
] as const;

/**
 * Something the start repaired: which file, where the damaged one was kept, and a sentence for IT and staff. A
 * saved setting set aside (services/settings.ts) is told the same way, `keptAs` naming it.
 */
export interface StartupNotice {
  kind: 'database' | 'content-state' | 'settings';
  keptAs: string;
  message: string;
}

export interface OpenedDatabase {
  db: Db;
  /** Set when the file was damaged: what happened, for the log and for staff. */
  notice: StartupNotice | null;
}

/** Why the database file cannot be trusted, or null when it passes PRAGMA quick_check. */
function damageOf(file: string): string | null {
  if (!existsSync(file)) return null;
  const wal = `${file}-wal`;
  if (statSync(file).size === 0 && !(existsSync(wal) && statSync(wal).size > 0)) return 'is empty (zero length)';
  let db: Db | undefined;
  try {
    // Another process starting at the same moment may hold a lock: waiting for it is not damage.
    db = new Database(file, { fileMustExist: true, timeout: 5000 });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    return first === 'ok' ? null : `is damaged (quick_check: ${first.slice(0, 120)})`;
  } catch (err) {
    if (/^SQLITE_(BUSY|LOCKED)/.test((err as { code?: string }).code ?? '')) throw err;
    return `is damaged (${(err as Error).message.slice(0, 120)})`;
  } finally {
    db?.close();
  }
}

/** Moves the file and its WAL aside together (the WAL keeps its "-wal" suffix, so SQLite still reads it). */
function keepAside(file: string, stamp: string): string {
  const aside = `${file}.damaged-${stamp}`;
  renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  return aside;
}

/** Copies every row SQLite can still read from the damaged file's recoverable tables; returns counts per table. */
function recoverRows(fresh: Db, damagedFile: string): Record<string, number> {
  const counts: Record<string, number> = {};
  // A FIFO or a folder kept aside holds no rows, and opening a FIFO would block the start for ever.
  if (notRegularKind(damagedFile)) return counts;
  let old: Db;
  try {
    old = new Database(damagedFile, { readonly: true, fileMustExist: true });
  } catch {
    return counts;
  }
  try {
    for (const table of recoverableTables) {
      const columns = new Set((fresh.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
      let copied = 0;
      try {
        for (const row of old.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<Record<string, unknown>>) {
          const names = Object.keys(row).filter((n) => columns.has(n));
          const sql = `INSERT OR IGNORE INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
          try {
            copied += fresh.prepare(sql).run(...names.map((n) => row[n])).changes;
          } catch {
            // A row the fresh schema refuses is left in the damaged file.
          }
        }
      } catch {
        // The table, or the rest of it, is unreadable: keep what was read.
      }
      if (copied > 0) counts[table] = copied;
    }
  } finally {
    old.close();
  }
  return counts;
}

/**
 * Opens the kiosk database after `PRAGMA quick_check`. A damaged or zero-length file is never deleted nor
 * silently recreated: it is kept aside as `<file>.damaged-<stamp>`, a fresh database is made (the content is
 * installed into it by the caller), what SQLite can still read of staff and IT data is copied back, and the
 * returned notice says so. A database from a newer version is not damage: that error goes to the caller.
 */
export function openCheckedDatabase(file: string, stamp: string): OpenedDatabase {
  const companions = setAsideOddCompanions(file, stamp);
  const opened = openOrRebuild(file, stamp);
  if (!companions) return opened;
  const message = opened.notice ? `${companions.message} ${opened.notice.message}` : companions.message;
  return { db: opened.db, notice: { ...(opened.notice ?? companions), message } };
}

function openOrRebuild(file: string, stamp: string): OpenedDatabase {
  const kind = notRegularKind(file);
  if (kind) return rebuild(file, stamp, `is a ${kind}, not a regular file`);
  const damage = damageOf(file);
  if (damage === null) {
    try {
      return { db: openDatabase(file), notice: null };
    } catch (err) {
      if (err instanceof NewerDatabaseError || !existsSync(file)) throw err;
      return rebuild(file, stamp, `cannot be opened (${(err as Error).message.slice(0, 120)})`);
    }
  }
  return rebuild(file, stamp, damage);
}

/**
 * A `-wal` or `-shm` that is not a regular file (a folder, a FIFO) holds no committed page: SQLite would refuse
 * the whole database for it (or block opening it), and the intact main file, with the PIN and the counters,
 * would be set aside. Only the odd companion is moved aside; the database is then opened as it is.
 */
function setAsideOddCompanions(file: string, stamp: string): StartupNotice | null {
  const moved: { keptAs: string; why: string }[] = [];
  for (const suffix of ['-wal', '-shm']) {
    const kind = notRegularKind(file + suffix);
    if (!kind) continue;
    const aside = `${file}${suffix}.damaged-${stamp}`;
    renameSync(file + suffix, aside);
    const why = `${basename(file + suffix)} is a ${kind}, not a regular file: kept aside as ${basename(aside)}.`;
    moved.push({ keptAs: basename(aside), why });
  }
  if (moved.length === 0) return null;
  return {
    kind: 'database',
    keptAs: moved[0]!.keptAs,
    message: `${moved.map((m) => m.why).join(' ')} The database itself was kept.`,
  };
}

function rebuild(file: string, stamp: string, damage: string): OpenedDatabase {
  const aside = keepAside(file, stamp);
  const db = openDatabase(file);
  const counts = db.transaction(() => recoverRows(db, aside))();
  const recovered = Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  const message =
    `${basename(file)} ${damage}: kept aside as ${basename(aside)}; started on a fresh database rebuilt from ` +
    `the content; recovered from the damaged file: ${recovered || 'nothing'}.`;
  return { db, notice: { kind: 'database', keptAs: basename(aside), message } };
}
