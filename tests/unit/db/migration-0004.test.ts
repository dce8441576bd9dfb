import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

test('migration 4 keeps the existing log rows (as hours changes) and adds field, note and staff_overrides', () => {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 3));
  db.prepare(
    "INSERT INTO hours_changes (at, structure_id, before, after) VALUES ('2026-11-25T10:00:00.000Z', 'fs-a', 'Mo 08:00-12:00', NULL)",
  ).run();
  migrate(db, migrations.slice(0, 4));
  assert.deepEqual(db.prepare('SELECT field, note FROM hours_changes').get(), { field: 'hours', note: null });
  const log = db.prepare('INSERT INTO hours_changes (at, structure_id, field, note) VALUES (?, ?, ?, ?)');
  log.run('2026-11-25T11:00:00.000Z', 'fs-a', 'closure', 'content-changed');
  assert.throws(() => log.run('2026-11-25T11:00:00.000Z', 'fs-a', 'phone', null), /CHECK/);
  assert.throws(() => log.run('2026-11-25T11:00:00.000Z', 'fs-a', 'hours', 'because'), /CHECK/);

  const put = db.prepare('INSERT INTO staff_overrides (structure_id, field, content_value, value) VALUES (?, ?, ?, ?)');
  put.run('fs-a', 'hours', 'Mo 08:00-12:00', 'Mo 13:00-17:00');
  put.run('fs-a', 'closure', null, '{"from":"2026-12-08","until":null,"reason":"closure.works"}');
  assert.throws(() => put.run('fs-a', 'hours', null, null), /UNIQUE|PRIMARY/, 'one override per structure and field');
  assert.throws(() => put.run('fs-b', 'name', null, 'x'), /CHECK/);
  assert.throws(() => put.run('fs-b', 'hours', Buffer.from('x'), 'x'), /cannot store BLOB value in TEXT/);
  db.close();
});
