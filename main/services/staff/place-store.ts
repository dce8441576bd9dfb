import type { Db } from '../../db/open';
import type { LocalPlace } from '../../content/local-place-schema';
import { encodeLocalPlace, localPlaceRow, writeKioskPlace } from '../local-places';
import { structureById } from '../structure-store';
import type { HoursStore } from './hours-log';
import { recomputeStructure, writeField } from './structure-edits';

interface OverrideRow {
  field: 'hours' | 'closure';
  value: string | null;
}

/**
 * The HoursStore of field 'place': the value is this kiosk's row of a place staff added, as canonical JSON (null:
 * not added here), so adding, editing and undoing go through the hours-change log like every staff edit.
 * After a write the place is shown again; an hours edit made on it from the Hours tab stays on top, unless the
 * form changed the hours itself (then the form's hours are the place's own, and the edit gives way).
 */
export function placeStore(db: Db, clock: () => Date): HoursStore {
  return {
    getHours: (id) => {
      const place = localPlaceRow(db, id, 'kiosk');
      return place && encodeLocalPlace(place);
    },
    setHours: (id, value) => {
      const before = localPlaceRow(db, id, 'kiosk') ?? localPlaceRow(db, id, 'pack');
      const next = value === null ? null : (JSON.parse(value) as LocalPlace);
      writeKioskPlace(db, id, next);
      const shown = structureById(db, id);
      if (!shown) {
        db.prepare('DELETE FROM staff_overrides WHERE structure_id = ?').run(id);
        return;
      }
      if ((before?.hours ?? null) !== shown.hours)
        db.prepare("DELETE FROM staff_overrides WHERE structure_id = ? AND field = 'hours'").run(id);
      const overrides = db
        .prepare('SELECT field, value FROM staff_overrides WHERE structure_id = ? ORDER BY field')
        .all(id) as OverrideRow[];
      for (const o of overrides) writeField(db, id, o.field, o.value);
      recomputeStructure(db, id, clock());
    },
  };
}
