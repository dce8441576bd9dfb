import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Repère (schema ${found}; this version knows up to ${supported}). ` +
        'Install the newer version, or restore a backup made by this one.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the latest schema. All pending migrations run in ONE transaction together with
 * the user_version update, so a crash leaves the previous version intact.
 */
export function migrate(db: Database, list: readonly Migration[]): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
  const latest = list.length;
  const current = schemaVersion(db);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  if (current === latest) return current;
  db.transaction(() => {
    // Read again under the write lock: a second process starting on the same fresh folder waited here while
    // the first migrated, and must not run the migrations again ("table already exists").
    for (const m of list.slice(schemaVersion(db))) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
