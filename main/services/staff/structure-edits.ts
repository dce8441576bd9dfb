import type { Db } from '../../db/open';
import type { Territory } from '../../content/schema';
import type { Structure } from '../../content/structure-schema';
import { repatternStructure } from '../structure-store';
import { HoursChangeError, logDroppedEdit, type HoursField, type HoursStore } from './hours-log';
import { sqlHoursStore } from './hours-store-sql';

/**
 * Staff edits of a structure's hours and temporary closure. The structures table is the content's (rebuilt
 * at each content install), so each edit is also kept in staff_overrides and re-applied after an install,
 * unless the new content changed that structure's field itself: then the content wins, the staff edit is
 * dropped and the hours-change log says so (note 'content-changed' or 'structure-removed').
 */
export type Closure = NonNullable<Structure['temporaryClosure']>;

/** A closure as the log and the overrides store it: JSON with a fixed key order, so equal means equal. */
export function encodeClosure(c: Closure | null): string | null {
  return c === null ? null : JSON.stringify({ from: c.from, until: c.until, reason: c.reason });
}
export function decodeClosure(text: string | null): Closure | null {
  return text === null ? null : (JSON.parse(text) as Closure);
}

/** The fields of a structure staff override (a place staff added is changed whole, in place-store.ts). */
type EditField = Exclude<HoursField, 'place'>;

const fieldOf = (s: Structure, field: EditField): string | null =>
  field === 'hours' ? s.hours : encodeClosure(s.temporaryClosure);

function readStructure(db: Db, id: string): Structure {
  const row = db.prepare('SELECT data FROM structures WHERE id = ?').get(id) as { data: string } | undefined;
  if (!row) throw new HoursChangeError(`No structure "${id}".`);
  return JSON.parse(row.data) as Structure;
}

/** Writes one field into the row: its column(s) and the JSON the screens read. */
export function writeField(db: Db, id: string, field: EditField, value: string | null): void {
  const s = readStructure(db, id);
  if (field === 'hours') s.hours = value;
  else s.temporaryClosure = decodeClosure(value);
  const c = s.temporaryClosure;
  db.prepare('UPDATE structures SET hours = ?, closed_from = ?, closed_until = ?, data = ? WHERE id = ?').run(
    s.hours,
    c?.from ?? null,
    c?.until ?? null,
    JSON.stringify(s),
    id,
  );
}

/** Keeps staff_overrides in step: the first edit remembers the content's value; back to it, no override. */
function rememberOverride(db: Db, id: string, field: EditField, before: string | null, after: string | null) {
  const row = db
    .prepare('SELECT content_value FROM staff_overrides WHERE structure_id = ? AND field = ?')
    .get(id, field) as { content_value: string | null } | undefined;
  const contentValue = row ? row.content_value : before;
  if (contentValue === after) {
    db.prepare('DELETE FROM staff_overrides WHERE structure_id = ? AND field = ?').run(id, field);
    return;
  }
  db.prepare(
    `INSERT INTO staff_overrides (structure_id, field, content_value, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (structure_id, field) DO UPDATE SET value = excluded.value`,
  ).run(id, field, contentValue, after);
}

/** Points one structure at the intervals of its new hours or closure so "open now" changes at once. */
export function recomputeStructure(db: Db, id: string, now: Date): void {
  const s = readStructure(db, id);
  const row = db.prepare('SELECT data FROM territories WHERE id = ?').get(s.territory) as { data: string } | undefined;
  repatternStructure(db, id, row ? (JSON.parse(row.data) as Territory) : undefined, now);
}

/**
 * The two HoursStores the hours-change log works through. Hours: sqlHoursStore over structures.hours, whose
 * afterChange (same transaction) updates the JSON, the override and the open intervals. Closure: the same
 * work for the closure columns.
 */
export function structureStores(db: Db, clock: () => Date): Record<EditField, HoursStore> {
  const after = (id: string, field: EditField, before: string | null, value: string | null) => {
    rememberOverride(db, id, field, before, value);
    recomputeStructure(db, id, clock());
  };
  const hours = sqlHoursStore(db, (id, value) => {
    // The column already holds the new value; the JSON still holds the one before.
    const before = readStructure(db, id).hours;
    writeField(db, id, 'hours', value);
    after(id, 'hours', before, value);
  });
  const closure: HoursStore = {
    getHours: (id) => fieldOf(readStructure(db, id), 'closure'),
    setHours: (id, value) => {
      const before = fieldOf(readStructure(db, id), 'closure');
      writeField(db, id, 'closure', value);
      after(id, 'closure', before, value);
    },
  };
  return { hours, closure };
}

interface OverrideRow {
  structure_id: string;
  field: EditField;
  content_value: string | null;
  value: string | null;
}

/**
 * Runs inside installContent's transaction, after the new structures are in and before their intervals are
 * computed: re-applies each staff edit whose field the new content left as it was, drops the others with a
 * note in the hours-change log. Returns what was dropped.
 */
export function reapplyStaffEdits(db: Db, now: Date): { structureId: string; field: EditField }[] {
  const rows = db.prepare('SELECT * FROM staff_overrides ORDER BY structure_id, field').all() as OverrideRow[];
  const dropped: { structureId: string; field: EditField }[] = [];
  const drop = db.prepare('DELETE FROM staff_overrides WHERE structure_id = ? AND field = ?');
  for (const r of rows) {
    const data = db.prepare('SELECT data FROM structures WHERE id = ?').get(r.structure_id) as
      { data: string } | undefined;
    const current = data ? fieldOf(JSON.parse(data.data) as Structure, r.field) : null;
    if (data && current === r.content_value) {
      writeField(db, r.structure_id, r.field, r.value);
      continue;
    }
    drop.run(r.structure_id, r.field);
    const edit = { structureId: r.structure_id, field: r.field, staffValue: r.value, contentValue: current };
    logDroppedEdit(db, now, edit, data ? 'content-changed' : 'structure-removed');
    dropped.push({ structureId: r.structure_id, field: r.field });
  }
  return dropped;
}
