import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

test('migration 1 creates the content and settings tables as STRICT tables', () => {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 1));
  const columns = (table: string) =>
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  assert.deepEqual(columns('meta'), ['key', 'value']);
  assert.deepEqual(columns('territories'), ['id', 'name', 'timezone', 'data']);
  assert.deepEqual(columns('themes'), ['id', 'position', 'pictogram', 'data']);
  assert.deepEqual(columns('settings'), ['key', 'value']);
  // STRICT: a text where an integer belongs is refused rather than silently stored.
  assert.throws(
    () => db.prepare("INSERT INTO themes (id, position, pictogram, data) VALUES ('x', 'first', 'A', '{}')").run(),
    /cannot store TEXT value in INTEGER column/,
  );
  db.close();
});
