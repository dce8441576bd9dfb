import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

test('migration 6 keeps the log with its undo links, accepts place changes and adds local_places', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 5));
  const log = db.prepare(
    'INSERT INTO hours_changes (at, structure_id, before, after, undo_of, field) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const first = Number(
    log.run('2026-11-25T10:00:00.000Z', 'fs-a', 'Mo 08:00-12:00', 'Tu 08:00-12:00', null, 'hours').lastInsertRowid,
  );
  const undo = Number(
    log.run('2026-11-25T11:00:00.000Z', 'fs-a', 'Tu 08:00-12:00', 'Mo 08:00-12:00', first, 'hours').lastInsertRowid,
  );
  db.prepare('UPDATE hours_changes SET undone_by = ? WHERE id = ?').run(undo, first);
  assert.throws(() => log.run('2026-11-25T12:00:00.000Z', 'fs-a', null, '{}', null, 'place'), /CHECK/);

  migrate(db, migrations);
  assert.deepEqual(db.prepare('SELECT id, undo_of, undone_by, field FROM hours_changes ORDER BY id').all(), [
    { id: first, undo_of: null, undone_by: undo, field: 'hours' },
    { id: undo, undo_of: first, undone_by: null, field: 'hours' },
  ]);
  log.run('2026-11-25T12:00:00.000Z', 'local-a', null, '{"name":"PASS"}', null, 'place');
  assert.throws(() => log.run('2026-11-25T12:00:00.000Z', 'fs-a', null, null, null, 'phone'), /CHECK/);
  assert.throws(() => log.run('2026-11-25T12:00:00.000Z', 'fs-a', null, null, 9999, 'hours'), /FOREIGN KEY/);
  const place = db.prepare("INSERT INTO local_places (id, origin, territory, data) VALUES ('local-a', ?, '972', '{}')");
  place.run('kiosk');
  place.run('pack');
  assert.throws(() => place.run('kiosk'), /UNIQUE|PRIMARY/, 'one row per place and origin');
  assert.throws(() => place.run('usb'), /CHECK/);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  db.close();
});
