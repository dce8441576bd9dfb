import type { Migration } from './types';

/**
 * Ranges an hours string marks `unknown` ("ponctuellement 08:00-12:00" on the Justibus's Saturdays): kept apart
 * from the open intervals, so "open now" never counts them, and read only by the week table, which shows them
 * as "not every week" instead of "closed".
 */
export const migration0007: Migration = {
  version: 7,
  name: 'intervals open some weeks only',
  up(db) {
    db.exec(`
      -- [start_utc, end_utc) in epoch milliseconds, per hours pattern, like pattern_intervals.
      CREATE TABLE pattern_sometimes (
        pattern    INTEGER NOT NULL,
        territory  TEXT NOT NULL,
        start_utc  INTEGER NOT NULL,
        end_utc    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX pattern_sometimes_by_pattern ON pattern_sometimes (pattern, start_utc);

      -- Every territory's intervals are computed again when next read, which fills the new table.
      DELETE FROM meta WHERE key LIKE 'intervals_day:%';
    `);
  },
};
