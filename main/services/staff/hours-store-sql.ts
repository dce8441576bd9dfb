import type { Db } from '../../db/open';
import { HoursChangeError, type HoursStore } from './hours-log';

export interface SqlHoursStoreOptions {
  /** Table and columns holding each structure's hours string (e.g. structures / id / hours). */
  table: string;
  idColumn: string;
  hoursColumn: string;
  /** Runs inside the same transaction after a change, e.g. to recompute the open intervals of that structure. */
  afterChange?: (structureId: string, hours: string | null) => void;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/**
 * A HoursStore over any table with an id column and an hours column: what the integrator plugs into the
 * hours-change log for the structures helper's `structures` table.
 */
export function sqlHoursStore(db: Db, options: SqlHoursStoreOptions): HoursStore {
  for (const name of [options.table, options.idColumn, options.hoursColumn])
    if (!identifier.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  const get = db.prepare(
    `SELECT "${options.hoursColumn}" AS hours FROM "${options.table}" WHERE "${options.idColumn}" = ?`,
  );
  const set = db.prepare(`UPDATE "${options.table}" SET "${options.hoursColumn}" = ? WHERE "${options.idColumn}" = ?`);
  return {
    getHours(id) {
      const row = get.get(id) as { hours: string | null } | undefined;
      if (!row) throw new HoursChangeError(`No structure "${id}".`);
      return row.hours;
    },
    setHours(id, hours) {
      set.run(hours, id);
      options.afterChange?.(id, hours);
    },
  };
}
