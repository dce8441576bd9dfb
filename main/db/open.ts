import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { migrations } from './migrations/index';

export type Db = Database.Database;

/**
 * The database holds the PIN hash and staff data: readable by the kiosk account only (0600; administrators
 * can read anything anyway). Tightened if an older version made it 0644.
 */
function ownerOnly(file: string): void {
  if (process.platform !== 'win32') chmodSync(file, 0o600);
}

/**
 * Makes the database file whole or not at all. Created in place, it was zero-length for a moment, and a second
 * process starting then took it for a damaged file and set it aside under the first one (a "disk I/O error",
 * issue 25). It is now written under a private name (owner-only, with its WAL header) and linked into place,
 * which fails if another process got there first: then theirs is used. A zero-length file is real damage.
 */
function createWhole(file: string): void {
  if (existsSync(file)) return;
  const draft = `${file}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    closeSync(openSync(draft, 'wx', 0o600));
    const db = new Database(draft);
    try {
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Opens (creating if needed) the kiosk database in WAL mode with foreign keys, migrated to the latest schema. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    createWhole(file);
    ownerOnly(file);
  }
  const db = new Database(file);
  try {
    // Before anything that may wait for another connection: switching to WAL takes a lock, and without a busy
    // timeout two processes starting on a fresh folder got a raw "database is locked" (issue 25).
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // SQLite gives its -wal and -shm files the main file's mode; older ones are tightened too.
    if (file !== ':memory:') for (const f of [`${file}-wal`, `${file}-shm`]) if (existsSync(f)) ownerOnly(f);
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
