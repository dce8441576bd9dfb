import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../../main/db/open';
import { countEvent, localDayHour, statsBetween, statsCsv, totalsByKind } from '../../../main/services/staff/stats';
import { openKiosk } from '../../../main/services/kiosk';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { defaultContentDir } from '../../../main/paths';
import { tempDir } from '../../helpers/temp';

test('local day and hour follow the kiosk time zone (Martinique is UTC-4)', () => {
  assert.deepEqual(localDayHour(new Date('2026-11-25T02:30:00Z'), 'America/Martinique'), {
    day: '2026-11-24',
    hour: 22,
  });
  assert.deepEqual(localDayHour(new Date('2026-11-25T02:30:00Z'), 'Europe/Paris'), { day: '2026-11-25', hour: 3 });
});

test('counters add up per day and kind, refuse anything outside the fixed patterns, and store nothing finer than the hour', () => {
  const t = tempDir();
  const db = openDatabase(join(t.dir, 'k.sqlite'));
  try {
    const at = (iso: string) => new Date(iso);
    const tz = 'Europe/Paris';
    countEvent(db, at('2026-11-25T09:10:00Z'), tz, { kind: 'session', id: 'start' });
    countEvent(db, at('2026-11-25T09:50:00Z'), tz, { kind: 'session', id: 'start' });
    countEvent(db, at('2026-11-25T13:00:00Z'), tz, { kind: 'session', id: 'start' });
    countEvent(db, at('2026-11-25T09:10:00Z'), tz, { kind: 'language', id: 'ps' });
    countEvent(db, at('2026-11-26T09:10:00Z'), tz, { kind: 'theme', id: 'care' });
    // Free text, unknown kinds and unsupported languages count nothing.
    const columns = (db.prepare('PRAGMA table_info(stat_counters)').all() as { name: string }[]).map((c) => c.name);
    assert.deepEqual(columns, ['day', 'hour', 'kind', 'item', 'count']);
    const perHour = db.prepare("SELECT hour, count FROM stat_counters WHERE kind = 'session' ORDER BY hour").all();
    assert.deepEqual(perHour, [
      { hour: 10, count: 2 },
      { hour: 14, count: 1 },
    ]);
    const rows = statsBetween(db, '2026-11-25', '2026-11-26');
    assert.deepEqual(rows, [
      { day: '2026-11-25', kind: 'language', item: 'ps', count: 1 },
      { day: '2026-11-25', kind: 'session', item: 'start', count: 3 },
      { day: '2026-11-26', kind: 'theme', item: 'care', count: 1 },
    ]);
    assert.deepEqual(statsBetween(db, '2026-11-26', '2026-11-26').length, 1);
    assert.equal(
      statsCsv(rows),
      'day,kind,item,count\n2026-11-25,language,ps,1\n2026-11-25,session,start,3\n2026-11-26,theme,care,1\n',
    );
    assert.deepEqual(totalsByKind(rows).session, [{ item: 'start', count: 3 }]);
    assert.throws(() => statsBetween(db, '2026-11-27', '2026-11-26'), /after/);
    assert.throws(() => statsBetween(db, '2026-13-01', '2026-11-26'));
  } finally {
    db.close();
    t.cleanup();
  }
});

test('countEvent through the contract: known themes only, bad input refused', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }, () => new Date('2026-11-25T14:00:00Z'));
  try {
    const handlers = createHandlers(kiosk);
    await dispatch(handlers, 'countEvent', { kind: 'theme', id: 'care' });
    await dispatch(handlers, 'countEvent', { kind: 'language', id: 'ar' });
    await assert.rejects(dispatch(handlers, 'countEvent', { kind: 'theme', id: 'nope' }), CallFailure);
    await assert.rejects(dispatch(handlers, 'countEvent', { kind: 'language', id: 'xx' }), CallFailure);
    await assert.rejects(dispatch(handlers, 'countEvent', { kind: 'theme', id: 'care', extra: 1 }), CallFailure);
    // Never free text, never an unknown kind: refused by the one schema before anything is counted.
    for (const bad of [
      { kind: 'theme', id: 'Jean Dupont' },
      { kind: 'visitor', id: 'abc' },
      { kind: 'session', id: 'other' },
      { kind: 'structure', id: '../x' },
    ])
      await assert.rejects(dispatch(handlers, 'countEvent', bad), CallFailure, JSON.stringify(bad));
    // Martinique (the default territory) is UTC-4: 14:00Z is 10 h there.
    assert.deepEqual(kiosk.db.prepare('SELECT day, hour, kind, item, count FROM stat_counters ORDER BY kind').all(), [
      { day: '2026-11-25', hour: 10, kind: 'language', item: 'ar', count: 1 },
      { day: '2026-11-25', hour: 10, kind: 'theme', item: 'care', count: 1 },
    ]);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
