import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { listTerritories } from '../../../main/services/content-store';
import { getPlace } from '../../../main/services/places';
import { saveHours } from '../../../main/services/staff/hours-admin';
import { ensureFreshIntervals, structuresOf } from '../../../main/services/structure-store';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';

// Tuesday 8 December 2026: 10:00 in Martinique (the default territory), 15:00 in the Rhône.
const now = new Date('2026-12-08T14:00:00Z');
const clock = () => now;

const count = (k: Kiosk, sql: string, ...args: unknown[]) =>
  k.db
    .prepare(sql)
    .pluck()
    .get(...args) as number;
const intervalsOf = (k: Kiosk, territory: string) =>
  count(
    k,
    'SELECT count(*) FROM pattern_intervals WHERE pattern IN (SELECT id FROM hours_patterns WHERE territory = ?)',
    territory,
  );

test('install points every territory at its patterns but computes the own territory only; reading another adds it', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: copyContent(join(t.dir, 'content')), dataDir: join(t.dir, 'data') }, clock);
  try {
    const withHours = count(kiosk, 'SELECT count(*) FROM structures WHERE hours IS NOT NULL');
    const patterns = count(kiosk, 'SELECT count(*) FROM hours_patterns');
    assert.ok(patterns < withHours, `${patterns} patterns for ${withHours} structures with hours`);
    assert.ok(count(kiosk, 'SELECT count(DISTINCT territory) FROM hours_patterns') > 90, 'every territory has its own');
    assert.equal(count(kiosk, 'SELECT count(*) FROM structures WHERE hours IS NOT NULL AND pattern IS NULL'), 0);
    assert.equal(
      count(
        kiosk,
        'SELECT count(*) FROM structures s JOIN hours_patterns p ON p.id = s.pattern WHERE p.territory <> s.territory',
      ),
      0,
      'a pattern belongs to one territory (its zone and holidays)',
    );
    const own = intervalsOf(kiosk, '972');
    assert.ok(own > 0);
    assert.equal(intervalsOf(kiosk, '69'), 0, 'the Rhône is not computed until read');
    const rhone = listTerritories(kiosk.db).filter((x) => x.id === '69');
    assert.equal(ensureFreshIntervals(kiosk.db, rhone, now), true);
    assert.ok(intervalsOf(kiosk, '69') > 0);
    assert.equal(intervalsOf(kiosk, '972'), own, "computing the Rhône leaves Martinique's intervals as they were");
    assert.equal(intervalsOf(kiosk, '973'), 0);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('a staff edit re-applied by an install, in a territory not read since, counts when it is first read', () => {
  const t = tempDir();
  const contentDir = copyContent(join(t.dir, 'content'));
  const dataDir = join(t.dir, 'data');
  let kiosk = openKiosk({ contentDir, dataDir }, clock);
  try {
    const id = structuresOf(kiosk.db, '69').find((s) => s.hours !== null)!.id;
    const before = getPlace(kiosk.db, now, id, 'fr')!;
    assert.notEqual(before.opensAt, '2026-12-08T16:00:00+01:00');
    assert.equal(saveHours(kiosk.db, clock, id, 'Tu 16:00-17:00').ok, true);
    assert.equal(getPlace(kiosk.db, now, id, 'fr')!.opensAt, '2026-12-08T16:00:00+01:00');
    // A new content version re-installs: the edit is re-applied, the Rhône's intervals wait for a read.
    kiosk.close();
    const m = readJson<Record<string, unknown>>(contentDir, 'manifest.json');
    writeJson(contentDir, 'manifest.json', { ...m, contentVersion: '2099.01.01-1' });
    kiosk = openKiosk({ contentDir, dataDir }, clock);
    assert.equal(intervalsOf(kiosk, '69'), 0);
    const after = getPlace(kiosk.db, now, id, 'fr')!;
    assert.equal(after.hours, 'Tu 16:00-17:00');
    assert.deepEqual([after.state, after.opensAt], ['closed', '2026-12-08T16:00:00+01:00']);
    assert.equal(
      count(
        kiosk,
        'SELECT count(*) FROM hours_patterns p JOIN structures s ON s.pattern = p.id WHERE s.id = ? AND p.hours = ?',
        id,
        'Tu 16:00-17:00',
      ),
      1,
    );
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
