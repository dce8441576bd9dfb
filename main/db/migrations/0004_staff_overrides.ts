import type { Migration } from './types';

/**
 * Staff edits of structures (hours, temporary closures) must survive a content re-install, which rebuilds
 * the structures table: they are kept in their own table and re-applied by installContent. The hours-change
 * log learns which field changed (hours or closure) and why a staff edit was dropped (a note).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'staff overrides of structures, hours-change log fields and notes',
  up(db) {
    db.exec(`
      ALTER TABLE hours_changes ADD COLUMN field TEXT NOT NULL DEFAULT 'hours' CHECK (field IN ('hours', 'closure'));
      -- Set on a row written when a content re-install dropped a staff edit (its "before" is the staff value).
      ALTER TABLE hours_changes ADD COLUMN note TEXT CHECK (note IN ('content-changed', 'structure-removed'));

      -- One row per structure and field staff changed: what the content said when staff first changed it, and
      -- what staff set (a closure is stored as canonical JSON). Re-applied after each content install while the
      -- content still says content_value; dropped (with a note in hours_changes) when it does not.
      CREATE TABLE staff_overrides (
        structure_id   TEXT NOT NULL,
        field          TEXT NOT NULL CHECK (field IN ('hours', 'closure')),
        content_value  TEXT,
        value          TEXT,
        PRIMARY KEY (structure_id, field)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
