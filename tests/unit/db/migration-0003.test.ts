import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

/** A database at schema 3 exactly (not the latest), so this pins what migration 3 itself made. */
function atVersion3() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 3));
  return db;
}

const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

test('migration 3 creates the staff tables, each STRICT', () => {
  const db = atVersion3();
  assert.equal(db.pragma('user_version', { simple: true }), 3);
  assert.deepEqual(columns(db, 'staff_pin'), ['id', 'hash']);
  assert.deepEqual(columns(db, 'staff_lockout'), ['id', 'failures', 'locked_until']);
  assert.deepEqual(columns(db, 'stat_counters'), ['day', 'hour', 'kind', 'item', 'count']);
  assert.deepEqual(columns(db, 'hours_changes'), [
    'id',
    'at',
    'structure_id',
    'before',
    'after',
    'undo_of',
    'undone_by',
  ]);
  const strict = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE strict = 1 AND name IN ('staff_pin','staff_lockout','stat_counters','hours_changes') ORDER BY name",
    )
    .pluck()
    .all();
  assert.deepEqual(strict, ['hours_changes', 'staff_lockout', 'stat_counters', 'staff_pin'].sort());
  assert.throws(
    () => db.prepare("INSERT INTO staff_lockout (id, failures) VALUES (1, 'many')").run(),
    /cannot store TEXT value in INTEGER column/,
  );
  db.close();
});

test('the PIN and lockout tables hold one row at most', () => {
  const db = atVersion3();
  db.prepare("INSERT INTO staff_pin (id, hash) VALUES (1, 'scrypt$a$b')").run();
  assert.throws(() => db.prepare("INSERT INTO staff_pin (id, hash) VALUES (2, 'scrypt$c$d')").run(), /CHECK/);
  assert.throws(() => db.prepare("INSERT INTO staff_pin (id, hash) VALUES (1, 'scrypt$c$d')").run(), /UNIQUE|PRIMARY/);
  assert.throws(() => db.prepare('INSERT INTO staff_pin (id, hash) VALUES (1, NULL)').run(), /NOT NULL/);
  db.prepare('INSERT INTO staff_lockout (id) VALUES (1)').run();
  assert.equal(db.prepare('SELECT failures FROM staff_lockout').pluck().get(), 0, 'failures default to 0');
  assert.throws(() => db.prepare('INSERT INTO staff_lockout (id) VALUES (2)').run(), /CHECK/);
  db.close();
});

test('counters refuse anything but a day, an hour 0-23 and a count ≥ 0: nothing finer than the hour fits', () => {
  const db = atVersion3();
  const put = db.prepare('INSERT INTO stat_counters (day, hour, kind, item, count) VALUES (?, ?, ?, ?, ?)');
  put.run('2026-11-25', 9, 'session', 'start', 1);
  assert.throws(() => put.run('2026-11-25T09:13', 9, 'session', 'start', 1), /CHECK/);
  assert.throws(() => put.run('2026-11-26', 24, 'session', 'start', 1), /CHECK/);
  assert.throws(() => put.run('2026-11-26', 9, 'session', 'start', -1), /CHECK/);
  assert.throws(() => put.run('2026-11-25', 9, 'session', 'start', 2), /UNIQUE|PRIMARY/, 'one row per day/hour/item');
  assert.throws(() => put.run('2026-11-26', 9.5, 'session', 'start', 1), /cannot store REAL value in INTEGER/);
  db.close();
});

test('the hours-change log numbers changes and links undos to changes that exist', () => {
  const db = atVersion3();
  const put = db.prepare('INSERT INTO hours_changes (at, structure_id, before, after, undo_of) VALUES (?, ?, ?, ?, ?)');
  const first = Number(put.run('2026-11-25T10:00:00.000Z', 'fs-a', 'Mo 08:00-12:00', null, null).lastInsertRowid);
  put.run('2026-11-25T10:01:00.000Z', 'fs-a', null, 'Mo 08:00-12:00', first);
  assert.throws(() => put.run('2026-11-25T10:02:00.000Z', 'fs-a', null, null, 999), /FOREIGN KEY/);
  assert.throws(() => put.run(null, 'fs-a', null, null, null), /NOT NULL/);
  const indexes = db.prepare("SELECT name FROM pragma_index_list('hours_changes')").pluck().all();
  assert.ok(indexes.includes('hours_changes_structure'));
  db.close();
});
