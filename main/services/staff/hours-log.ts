import type { Db } from '../../db/open';

/**
 * The log of opening-hours changes made by staff: when, which structure, the hours before and after.
 * Undo restores "before" and is itself logged. The structures live in their own table: this service reaches
 * them only through HoursStore (hours-store-sql.ts, structure-edits.ts), in the same database, so a change and
 * its log entry commit together.
 */
export interface HoursStore {
  /** The current hours string (opening_hours syntax) of a structure, null if it has none; throws if unknown. */
  getHours(structureId: string): string | null;
  setHours(structureId: string, hours: string | null): void;
}

/**
 * What a change touched: the opening_hours string, the temporary closure (as canonical JSON), or a place staff
 * added (the whole place as canonical JSON, null before it was added: see staff/place-store.ts).
 */
export type HoursField = 'hours' | 'closure' | 'place';
/** Why a row was written by a content re-install rather than by staff (see staff/structure-edits.ts). */
export type HoursNote = 'content-changed' | 'structure-removed';

export interface HoursChange {
  id: number;
  at: string;
  structureId: string;
  field: HoursField;
  note: HoursNote | null;
  before: string | null;
  after: string | null;
  undoOf: number | null;
  undoneBy: number | null;
}

export class HoursChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HoursChangeError';
  }
}

interface Row {
  id: number;
  at: string;
  structure_id: string;
  before: string | null;
  after: string | null;
  undo_of: number | null;
  undone_by: number | null;
  field: HoursField;
  note: HoursNote | null;
}
const toChange = (r: Row): HoursChange => ({
  id: r.id,
  at: r.at,
  structureId: r.structure_id,
  field: r.field,
  note: r.note,
  before: r.before,
  after: r.after,
  undoOf: r.undo_of,
  undoneBy: r.undone_by,
});

export interface HoursLogDeps {
  db: Db;
  clock: () => Date;
  store: HoursStore;
  /** Returns an error message for a bad hours string (the structures helper's opening_hours check). */
  validate: (hours: string) => string | null;
  /** The field `store` reads and writes; 'hours' when not given. */
  field?: HoursField;
}

function insert(
  deps: HoursLogDeps,
  structureId: string,
  before: string | null,
  after: string | null,
  undoOf: number | null,
) {
  const info = deps.db
    .prepare('INSERT INTO hours_changes (at, structure_id, before, after, undo_of, field) VALUES (?, ?, ?, ?, ?, ?)')
    .run(deps.clock().toISOString(), structureId, before, after, undoOf, deps.field ?? 'hours');
  return Number(info.lastInsertRowid);
}

/** Logs a staff edit that a content re-install dropped (runs inside installContent's transaction). */
export function logDroppedEdit(
  db: Db,
  at: Date,
  edit: { structureId: string; field: HoursField; staffValue: string | null; contentValue: string | null },
  note: HoursNote,
): void {
  db.prepare('INSERT INTO hours_changes (at, structure_id, before, after, field, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    at.toISOString(),
    edit.structureId,
    edit.staffValue,
    edit.contentValue,
    edit.field,
    note,
  );
}

/** Changes a structure's hours and logs it, in one transaction. A bad hours string changes nothing. */
export function changeHours(deps: HoursLogDeps, structureId: string, after: string | null): HoursChange {
  if (after !== null) {
    const problem = deps.validate(after);
    if (problem) throw new HoursChangeError(`Hours "${after}" are not valid: ${problem}`);
  }
  const id = deps.db.transaction(() => {
    const before = deps.store.getHours(structureId);
    if (before === after) throw new HoursChangeError('These are already the hours of this structure.');
    deps.store.setHours(structureId, after);
    return insert(deps, structureId, before, after, null);
  })();
  return getChange(deps.db, id)!;
}

/**
 * Undoes a change: its "before" comes back, provided nobody changed the hours since (otherwise the undo
 * would silently erase a later change, so it is refused with a clear message).
 */
export function undoChange(deps: HoursLogDeps, changeId: number): HoursChange {
  const id = deps.db.transaction(() => {
    const change = getChange(deps.db, changeId);
    if (!change) throw new HoursChangeError(`No hours change number ${changeId}.`);
    if (change.undoneBy !== null) throw new HoursChangeError('This change was already undone.');
    if (change.field !== (deps.field ?? 'hours'))
      throw new Error(`undo of a ${change.field} change with another store`);
    const current = deps.store.getHours(change.structureId);
    if (current !== change.after) {
      throw new HoursChangeError('The hours were changed again since: undo the later change first.');
    }
    deps.store.setHours(change.structureId, change.before);
    const undoId = insert(deps, change.structureId, change.after, change.before, change.id);
    deps.db.prepare('UPDATE hours_changes SET undone_by = ? WHERE id = ?').run(undoId, change.id);
    return undoId;
  })();
  return getChange(deps.db, id)!;
}

export function getChange(db: Db, id: number): HoursChange | null {
  const row = db.prepare('SELECT * FROM hours_changes WHERE id = ?').get(id) as Row | undefined;
  return row ? toChange(row) : null;
}

/** Newest first; for one structure when given. */
export function listChanges(db: Db, structureId?: string, limit = 100): HoursChange[] {
  const rows = (
    structureId === undefined
      ? db.prepare('SELECT * FROM hours_changes ORDER BY id DESC LIMIT ?').all(limit)
      : db
          .prepare('SELECT * FROM hours_changes WHERE structure_id = ? ORDER BY id DESC LIMIT ?')
          .all(structureId, limit)
  ) as Row[];
  return rows.map(toChange);
}
