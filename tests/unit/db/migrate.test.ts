import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate, NewerDatabaseError, schemaVersion } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open';
import type { Migration } from '../../../main/db/migrations/types';
import { withTemp } from '../../helpers/temp';

const tableNames = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

test('openDatabase migrates a new file to the latest version with WAL and foreign keys', (t) => {
  const dir = withTemp(t);
  const db = openDatabase(join(dir, 'k.sqlite'));
  assert.equal(schemaVersion(db), migrations.length);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  db.close();
});

test('a failing migration rolls back every pending migration and the version', (t) => {
  const dir = withTemp(t);
  const db = new Database(join(dir, 'k.sqlite'));
  const list: Migration[] = [
    { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
    {
      version: 2,
      name: 'b',
      up: (d) => {
        d.exec('CREATE TABLE b (x INTEGER)');
        throw new Error('boom');
      },
    },
  ];
  assert.throws(() => migrate(db, list), /boom/);
  assert.equal(schemaVersion(db), 0);
  assert.deepEqual(tableNames(db), []);
  db.close();
});

test('only pending migrations run', (t) => {
  const dir = withTemp(t);
  const db = new Database(join(dir, 'k.sqlite'));
  let runs = 0;
  const first: Migration = { version: 1, name: 'a', up: (d) => (runs++, d.exec('CREATE TABLE a (x INTEGER)')) };
  migrate(db, [first]);
  migrate(db, [first, { version: 2, name: 'b', up: (d) => d.exec('CREATE TABLE b (x INTEGER)') }]);
  assert.equal(runs, 1);
  assert.equal(schemaVersion(db), 2);
  assert.deepEqual(tableNames(db), ['a', 'b']);
  db.close();
});

test('a database written by a newer version is refused with a clear error and left untouched', (t) => {
  const dir = withTemp(t);
  const file = join(dir, 'k.sqlite');
  const raw = new Database(file);
  raw.pragma(`user_version = ${migrations.length + 5}`);
  raw.close();
  assert.throws(
    () => openDatabase(file),
    (err: unknown) => err instanceof NewerDatabaseError && /newer version of Repère/.test(err.message),
  );
  const check = new Database(file);
  assert.equal(schemaVersion(check), migrations.length + 5);
  assert.deepEqual(tableNames(check), []);
  check.close();
});

test('migrations are numbered 1..n without gaps', () => {
  assert.deepEqual(
    migrations.map((m) => m.version),
    migrations.map((_, i) => i + 1),
  );
  const db = new Database(':memory:');
  assert.throws(() => migrate(db, [{ version: 2, name: 'gap', up: () => undefined }]), /expected 1/);
  db.close();
});
