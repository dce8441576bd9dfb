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
  if (!existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
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
    db.pragma('journal_mode = WAL');
    // SQLite gives its -wal and -shm files the main file's mode; older ones are tightened too.
    if (file !== ':memory:') for (const f of [`${file}-wal`, `${file}-shm`]) if (existsSync(f)) ownerOnly(f);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
