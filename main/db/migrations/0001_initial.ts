import type { Migration } from './types';

/** Content tables (rebuilt from data/ when the content version changes) and kiosk settings. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial content and settings tables',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE territories (
        id        TEXT PRIMARY KEY,
        name      TEXT NOT NULL,
        timezone  TEXT NOT NULL,
        data      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE themes (
        id         TEXT PRIMARY KEY,
        position   INTEGER NOT NULL,
        pictogram  TEXT NOT NULL,
        data       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
