import type { Migration } from './types';

/**
 * Places staff add on this kiosk (their own PASS, the préfecture's desk, a partner association): kept apart from
 * the content's structures, which are rebuilt at each content install, and put back into them after it. Their
 * additions and edits go through the hours-change log like other staff edits (field 'place', the place as
 * canonical JSON), so they are undone the same way: the log's field check is widened, which SQLite can only do
 * by rebuilding the table.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'local places added by staff',
  up(db) {
    db.exec(`
      -- 'kiosk': added or edited by staff here; 'pack': carried by the active content (local-places.json), put
      -- back at each content install. A kiosk row shadows a pack row with the same id.
      CREATE TABLE local_places (
        id         TEXT NOT NULL,
        origin     TEXT NOT NULL CHECK (origin IN ('kiosk', 'pack')),
        territory  TEXT NOT NULL,
        -- The place as staff entered it (main/content/local-place-schema.ts), canonical JSON.
        data       TEXT NOT NULL,
        PRIMARY KEY (id, origin)
      ) STRICT, WITHOUT ROWID;

      -- The new log references itself by its own name; the rename below rewrites those references.
      CREATE TABLE hours_changes_v6 (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        at            TEXT NOT NULL,
        structure_id  TEXT NOT NULL,
        before        TEXT,
        after         TEXT,
        undo_of       INTEGER REFERENCES hours_changes_v6 (id),
        undone_by     INTEGER REFERENCES hours_changes_v6 (id),
        field         TEXT NOT NULL DEFAULT 'hours' CHECK (field IN ('hours', 'closure', 'place')),
        note          TEXT CHECK (note IN ('content-changed', 'structure-removed'))
      ) STRICT;
      INSERT INTO hours_changes_v6 (id, at, structure_id, before, after, undo_of, undone_by, field, note)
        SELECT id, at, structure_id, before, after, undo_of, undone_by, field, note FROM hours_changes;
      DROP INDEX hours_changes_structure;
      DROP TABLE hours_changes;
      ALTER TABLE hours_changes_v6 RENAME TO hours_changes;
      CREATE INDEX hours_changes_structure ON hours_changes (structure_id, id);
    `);
  },
};
