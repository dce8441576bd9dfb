import type { Migration } from './types';

/**
 * Open intervals per distinct hours pattern instead of per structure. Structures repeat a few hundred
 * opening_hours strings, so 50,000 structures need a few thousand intervals, not close to a million: the
 * import and the daily refresh write ~60 times fewer rows, and "open now" scans the open patterns and joins
 * their structures through an index. `open_intervals` stays as a read-only view with the same columns.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'open intervals per hours pattern',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS open_intervals_by_start;
      DROP INDEX IF EXISTS open_intervals_by_structure;
      DROP TABLE open_intervals;

      -- A territory, an hours string and a temporary closure ('' when none): what the intervals depend on.
      CREATE TABLE hours_patterns (
        id            INTEGER PRIMARY KEY,
        territory     TEXT NOT NULL,
        hours         TEXT NOT NULL,
        closed_from   TEXT NOT NULL DEFAULT '',
        closed_until  TEXT NOT NULL DEFAULT '',
        UNIQUE (territory, hours, closed_from, closed_until)
      ) STRICT;

      -- [start_utc, end_utc) in epoch milliseconds; no interval spans more than one local day. The pattern's
      -- territory is repeated here so "open now" in one territory scans that territory's intervals only.
      CREATE TABLE pattern_intervals (
        pattern    INTEGER NOT NULL,
        territory  TEXT NOT NULL,
        start_utc  INTEGER NOT NULL,
        end_utc    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX pattern_intervals_by_pattern ON pattern_intervals (pattern, start_utc, end_utc);
      CREATE INDEX pattern_intervals_by_start ON pattern_intervals (territory, start_utc, end_utc, pattern);

      ALTER TABLE structures ADD COLUMN pattern INTEGER;
      CREATE INDEX structures_by_pattern ON structures (pattern, territory, id);

      CREATE VIEW open_intervals AS
        SELECT s.territory AS territory, s.id AS structure, i.start_utc AS start_utc, i.end_utc AS end_utc
        FROM structures s JOIN pattern_intervals i ON i.pattern = s.pattern;

      -- Installs the content again at the next start, which fills the new tables.
      DELETE FROM meta WHERE key = 'content_version';
    `);
  },
};
