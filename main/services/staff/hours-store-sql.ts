import type { Db } from '../../db/open';
import { HoursChangeError, type HoursStore } from './hours-log';

/**
 * The HoursStore over `structures.hours`. `afterChange` runs inside the same transaction after a change
 * (structure-edits.ts updates the structure's JSON, its override and its open intervals there).
 */
export function sqlHoursStore(db: Db, afterChange?: (structureId: string, hours: string | null) => void): HoursStore {
  const get = db.prepare('SELECT hours FROM structures WHERE id = ?');
  const set = db.prepare('UPDATE structures SET hours = ? WHERE id = ?');
  return {
    getHours(id) {
      const row = get.get(id) as { hours: string | null } | undefined;
      if (!row) throw new HoursChangeError(`No structure "${id}".`);
      return row.hours;
    },
    setHours(id, hours) {
      set.run(hours, id);
      afterChange?.(id, hours);
    },
  };
}
