import type { Migration } from './types';

/**
 * Structures (rebuilt with the content) and their open intervals for the coming weeks, computed from
 * the opening_hours strings at install and each day, so "open now" is an indexed lookup, not a parse.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'structures and open intervals',
  up(db) {
    db.exec(`
      CREATE TABLE structures (
        id         TEXT PRIMARY KEY,
        territory  TEXT NOT NULL,
        position   INTEGER NOT NULL,
        hours      TEXT,
        -- A temporary closure's first and last local days (ISO dates), null when none.
        closed_from   TEXT,
        closed_until  TEXT,
        data       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX structures_by_territory ON structures (territory, position);

      -- [start_utc, end_utc) in epoch milliseconds; no interval spans more than one local day.
      CREATE TABLE open_intervals (
        territory  TEXT NOT NULL,
        structure  TEXT NOT NULL,
        start_utc  INTEGER NOT NULL,
        end_utc    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX open_intervals_by_structure ON open_intervals (structure, start_utc, end_utc);
      CREATE INDEX open_intervals_by_start ON open_intervals (territory, start_utc, end_utc, structure);

      -- Structure-facing phrases (appointment notes, closure reasons) in every locale.
      CREATE TABLE place_phrases (
        lang  TEXT NOT NULL,
        id    TEXT NOT NULL,
        text  TEXT NOT NULL,
        PRIMARY KEY (lang, id)
      ) STRICT, WITHOUT ROWID;

      -- Forget the installed content version so the next start installs the content again and fills
      -- these tables, even when the content's version did not change.
      DELETE FROM meta WHERE key = 'content_version';
    `);
  },
};
