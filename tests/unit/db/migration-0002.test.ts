import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { installContent } from '../../../main/services/content-store';
import { loadContent } from '../../../main/content/load';
import { ensureFreshIntervals, openNow, openNowSql } from '../../../main/services/structure-store';
import { listTerritories } from '../../../main/services/content-store';
import { tempDir } from '../../helpers/temp';

test('install computes intervals in the same transaction; open-now uses the start index; the daily refresh moves on', () => {
  const t = tempDir();
  let now = new Date('2026-12-08T14:00:00Z');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') }, () => now);
  try {
    const db = kiosk.db;
    const count = () => (db.prepare('SELECT count(*) AS n FROM open_intervals').get() as { n: number }).n;
    const first = (db.prepare('SELECT min(start_utc) AS s FROM open_intervals').get() as { s: number }).s;
    assert.ok(count() > 50);
    assert.ok(first >= Date.parse('2026-12-08T04:00:00Z'), 'from the local day of install');
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${openNowSql}`).all(0, 1, 1, '972') as { detail: string }[];
    assert.match(plan.map((p) => p.detail).join(' '), /pattern_intervals_by_start/);
    const open = openNow(db, now.getTime(), '972');
    assert.ok(open.has('fs-le-precheur') && !open.has('fs-floreal') && !open.has('fs-le-lorrain'));
    // Install computes only the kiosk's own territory; another is computed when first asked for.
    const own = listTerritories(db).filter((x) => x.id === '972');
    const rhone = listTerritories(db).filter((x) => x.id === '69');
    const inRhone = () => db.prepare("SELECT count(*) FROM open_intervals WHERE territory = '69'").pluck().get();
    assert.equal(inRhone(), 0);
    assert.equal(ensureFreshIntervals(db, rhone, now), true);
    assert.ok(Number(inRhone()) > 100);
    // Same local day: nothing to do. Next day: recomputed from that day.
    assert.equal(ensureFreshIntervals(db, own, now), false);
    now = new Date('2026-12-09T14:00:00Z');
    assert.equal(ensureFreshIntervals(db, [...own, ...rhone], now), true);
    const moved = (db.prepare('SELECT min(start_utc) AS s FROM open_intervals').get() as { s: number }).s;
    assert.ok(moved >= Date.parse('2026-12-09T04:00:00Z'));
    // A failing install leaves the old content and intervals in place (one transaction).
    const before = count();
    const content = loadContent(defaultContentDir);
    const broken = { ...content, manifest: { ...content.manifest, contentVersion: '2099.01.01-1' } };
    broken.structures = [...content.structures, { ...content.structures[0]! }];
    assert.throws(() => installContent(db, broken, now));
    assert.equal(count(), before);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('a database installed before migration 0002 gets its structures at the next start', async () => {
  const { openDatabase } = await import('../../../main/db/open');
  const { migrate } = await import('../../../main/db/migrate');
  const { migrations } = await import('../../../main/db/migrations/index');
  const Database = (await import('better-sqlite3')).default;
  const t = tempDir();
  try {
    const file = join(t.dir, 'data', 'repere.sqlite');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(t.dir, 'data'));
    const old = new Database(file);
    migrate(old, migrations.slice(0, 1));
    const content = loadContent(defaultContentDir);
    old.exec('BEGIN');
    for (const th of content.themes)
      old.prepare('INSERT INTO themes VALUES (?, 0, ?, ?)').run(th.id, th.pictogram, '{}');
    old.prepare("INSERT INTO meta VALUES ('content_version', ?)").run(content.manifest.contentVersion);
    old.exec('COMMIT');
    old.close();
    openDatabase(file).close();
    const kiosk = openKiosk(
      { contentDir: defaultContentDir, dataDir: join(t.dir, 'data') },
      () => new Date('2026-12-08T14:00:00Z'),
    );
    try {
      const n = kiosk.db.prepare('SELECT count(*) FROM structures').pluck().get() as number;
      assert.equal(n, content.structures.length);
    } finally {
      kiosk.close();
    }
  } finally {
    t.cleanup();
  }
});
