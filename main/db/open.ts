import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { migrations } from './migrations/index';

export type Db = Database.Database;

/**
 * The database holds the PIN hash and staff data: readable by the kiosk account only (0600; administrators
 * can read anything anyway). Created with that mode, and tightened if an older version made it 0644.
 */
function ownerOnly(file: string): void {
  if (process.platform === 'win32') return;
  if (!existsSync(file)) {
    try {
      closeSync(openSync(file, 'wx', 0o600));
    } catch (err) {
      // Another process starting at the same moment created it first: the same file, tightened below.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  chmodSync(file, 0o600);
}

/** Opens (creating if needed) the kiosk database in WAL mode with foreign keys, migrated to the latest schema. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
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
