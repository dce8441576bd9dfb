import type { Migration } from './types';

/**
 * Staff mode: the PIN (salted scrypt hash only) and its lockout, anonymous usage counters, and the log of
 * opening-hours changes made by staff (with undo).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'staff PIN, anonymous counters, hours-change log',
  up(db) {
    db.exec(`
      -- One row at most. Kept apart from settings so getKioskConfig/readSettings can never expose it.
      CREATE TABLE staff_pin (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        hash    TEXT NOT NULL
      ) STRICT;

      -- Failed PIN attempts since the last success, and the end of a lockout (ISO instant) if any.
      CREATE TABLE staff_lockout (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        failures      INTEGER NOT NULL DEFAULT 0,
        locked_until  TEXT
      ) STRICT;

      -- Anonymous counters: a kind, an item id from a fixed pattern, a local day and hour. Nothing else.
      CREATE TABLE stat_counters (
        day    TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        hour   INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        kind   TEXT NOT NULL,
        item   TEXT NOT NULL,
        count  INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, hour, kind, item)
      ) STRICT;

      -- Every change of a structure's opening hours made by staff; an undo is itself a change (undo_of).
      CREATE TABLE hours_changes (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        at            TEXT NOT NULL,
        structure_id  TEXT NOT NULL,
        before        TEXT,
        after         TEXT,
        undo_of       INTEGER REFERENCES hours_changes (id),
        undone_by     INTEGER REFERENCES hours_changes (id)
      ) STRICT;
      CREATE INDEX hours_changes_structure ON hours_changes (structure_id, id);
    `);
  },
};
