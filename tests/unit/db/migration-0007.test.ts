import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

test('migration 7 adds the table of ranges open some weeks and makes every territory recompute its intervals', () => {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 6));
  const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  put.run('intervals_day:972', '2026-12-08');
  put.run('content_version', '2026.11.30-3');
  migrate(db, migrations.slice(0, 7));
  assert.equal(db.pragma('user_version', { simple: true }), 7);
  const columns = (db.prepare('PRAGMA table_info(pattern_sometimes)').all() as { name: string }[]).map((c) => c.name);
  assert.deepEqual(columns, ['pattern', 'territory', 'start_utc', 'end_utc']);
  const keys = db.prepare('SELECT key FROM meta ORDER BY key').pluck().all();
  // Without its computed day a territory is recomputed when next read, which fills the new table; the content
  // itself is not installed again.
  assert.deepEqual(keys, ['content_version']);
  db.close();
});
