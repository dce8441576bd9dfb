import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../main/db/open';
import { changeHours, listChanges, undoChange, type HoursLogDeps } from '../../../main/services/staff/hours-log';
import { sqlHoursStore } from '../../../main/services/staff/hours-store-sql';
import { tempDir } from '../../helpers/temp';

/**
 * The structures helper's tables are not on this branch: a minimal structure table in the same database
 * stands in for them (string ids and hours strings), so transactions are tested for real.
 */
function setup(): {
  deps: HoursLogDeps;
  db: Db;
  afterChanges: string[];
  done: () => void;
  advance: (ms: number) => void;
} {
  const t = tempDir();
  const db = openDatabase(join(t.dir, 'k.sqlite'));
  db.prepare(
    `INSERT INTO structures (id, territory, position, hours, data)
     VALUES ('pass-lamentin', '972', 0, 'Mo-Fr 08:00-12:00', '{}'), ('fs-nord', '972', 1, NULL, '{}')`,
  ).run();
  let now = new Date('2026-11-25T10:00:00Z').getTime();
  const afterChanges: string[] = [];
  const deps: HoursLogDeps = {
    db,
    clock: () => new Date(now),
    store: sqlHoursStore(db, (id, hours) => afterChanges.push(`${id}=${hours}`)),
    validate: (h) => (/^[A-Z][a-z]/.test(h) ? null : 'expected opening_hours syntax such as Mo-Fr 08:00-12:00'),
  };
  return { deps, db, afterChanges, done: () => (db.close(), t.cleanup()), advance: (ms) => (now += ms) };
}

const hoursOf = (db: Db, id: string) =>
  (db.prepare('SELECT hours FROM structures WHERE id = ?').get(id) as { hours: string | null }).hours;

test('a change is applied and logged with when, before and after; undo restores and is logged too', () => {
  const { deps, db, done, advance, afterChanges } = setup();
  try {
    assert.throws(() => changeHours(deps, 'pass-lamentin', 'whenever'), /not valid/);
    assert.deepEqual(afterChanges, []);
    assert.equal(hoursOf(db, 'pass-lamentin'), 'Mo-Fr 08:00-12:00', 'a refused change changes nothing');
    assert.equal(listChanges(db).length, 0);
    const c1 = changeHours(deps, 'pass-lamentin', 'Mo-Fr 08:00-12:00; We off');
    assert.equal(hoursOf(db, 'pass-lamentin'), 'Mo-Fr 08:00-12:00; We off');
    assert.deepEqual(
      [c1.at, c1.structureId, c1.before, c1.after],
      ['2026-11-25T10:00:00.000Z', 'pass-lamentin', 'Mo-Fr 08:00-12:00', 'Mo-Fr 08:00-12:00; We off'],
    );
    advance(60_000);
    const undo = undoChange(deps, c1.id);
    assert.equal(hoursOf(db, 'pass-lamentin'), 'Mo-Fr 08:00-12:00');
    assert.deepEqual(
      [undo.before, undo.after, undo.undoOf, undo.at],
      [c1.after, c1.before, c1.id, '2026-11-25T10:01:00.000Z'],
    );
    assert.equal(listChanges(db, 'pass-lamentin')[1]!.undoneBy, undo.id);
    assert.throws(() => undoChange(deps, c1.id), /already undone/);
    // The store's hook (e.g. recomputing open intervals) ran once per applied change, in the transaction.
    assert.deepEqual(afterChanges, ['pass-lamentin=Mo-Fr 08:00-12:00; We off', 'pass-lamentin=Mo-Fr 08:00-12:00']);
  } finally {
    done();
  }
});

test('undo is refused when the hours changed again since, and nothing moves', () => {
  const { deps, db, done } = setup();
  try {
    const first = changeHours(deps, 'fs-nord', 'Mo-Th 09:00-17:00');
    assert.equal(first.before, null);
    const second = changeHours(deps, 'fs-nord', 'Mo-Fr 09:00-17:00');
    assert.throws(() => undoChange(deps, first.id), /changed again since/);
    assert.equal(hoursOf(db, 'fs-nord'), 'Mo-Fr 09:00-17:00');
    undoChange(deps, second.id);
    undoChange(deps, first.id);
    assert.equal(hoursOf(db, 'fs-nord'), null);
    assert.equal(listChanges(db, 'fs-nord').length, 4);
    assert.throws(() => changeHours(deps, 'nowhere', 'Mo 09:00-10:00'), /No structure/);
    assert.throws(() => changeHours(deps, 'fs-nord', null), /already the hours/);
    assert.throws(() => undoChange(deps, 999), /No hours change/);
    assert.equal(listChanges(db).length, 4, 'refused operations log nothing');
  } finally {
    done();
  }
});

test('if the store fails after writing (e.g. recomputing intervals), the hours and the log roll back together', () => {
  const { deps, db, done } = setup();
  try {
    const failing = {
      ...deps,
      store: sqlHoursStore(db, () => {
        throw new Error('interval refresh failed');
      }),
    };
    assert.throws(() => changeHours(failing, 'pass-lamentin', 'Mo 09:00-10:00'), /interval refresh failed/);
    assert.equal(hoursOf(db, 'pass-lamentin'), 'Mo-Fr 08:00-12:00');
    assert.equal(listChanges(db).length, 0);
  } finally {
    done();
  }
});
