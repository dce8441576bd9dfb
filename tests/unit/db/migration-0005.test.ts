import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { installContent } from '../../../main/services/content-store';
import { loadContent } from '../../../main/content/load';
import { openNow, openNowSql, openState } from '../../../main/services/structure-store';
import { tempDir } from '../../helpers/temp';

const now = new Date('2026-12-08T14:00:00Z'); // Tuesday 10:00 in Martinique

test('structures sharing hours share one pattern and its intervals; a closure makes its own pattern', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') }, () => now);
  try {
    const db = kiosk.db;
    const content = loadContent(defaultContentDir);
    const template = content.structures.find((s) => s.id === 'fs-le-precheur')!;
    const copies = Array.from({ length: 200 }, (_, i) => ({
      ...template,
      id: `copy-${i}`,
      temporaryClosure: i === 0 ? { from: '2026-12-07', until: '2026-12-09', reason: 'closure.disaster' } : null,
    }));
    const bigger = { ...content, manifest: { ...content.manifest, contentVersion: '2099.01.01-1' } };
    bigger.structures = [...content.structures, ...copies];
    const patternsBefore = db.prepare('SELECT count(*) FROM hours_patterns').pluck().get() as number;
    const rowsBefore = db.prepare('SELECT count(*) FROM pattern_intervals').pluck().get() as number;
    installContent(db, bigger, now);
    const patternsAfter = db.prepare('SELECT count(*) FROM hours_patterns').pluck().get() as number;
    // 199 copies share le Prêcheur's pattern; the closed one adds exactly one pattern.
    assert.equal(patternsAfter, patternsBefore + 1);
    const rowsAfter = db.prepare('SELECT count(*) FROM pattern_intervals').pluck().get() as number;
    assert.ok(rowsAfter - rowsBefore < 30, `${rowsAfter - rowsBefore} new interval rows for 200 structures`);
    // The view still answers per structure, as the old table did.
    const viaView = db.prepare("SELECT count(*) FROM open_intervals WHERE structure = 'copy-5'").pluck().get();
    const viaPattern = db
      .prepare(
        "SELECT count(*) FROM pattern_intervals WHERE pattern = (SELECT pattern FROM structures WHERE id = 'fs-le-precheur')",
      )
      .pluck()
      .get();
    assert.equal(viaView, viaPattern);
    const open = openNow(db, now.getTime(), '972');
    assert.ok(open.has('fs-le-precheur') && open.has('copy-5') && open.has('copy-199'));
    assert.ok(!open.has('copy-0'), 'closed from the 7th to the 9th');
    assert.equal(openState(db, 'copy-0', now.getTime()).open, false);
    assert.deepEqual(openState(db, 'copy-5', now.getTime()), openState(db, 'fs-le-precheur', now.getTime()));
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('"open now" scans the pattern start index, then reaches structures through their pattern index', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') }, () => now);
  try {
    const plan = kiosk.db.prepare(`EXPLAIN QUERY PLAN ${openNowSql}`).all(0, 1, 1, '972') as { detail: string }[];
    const details = plan.map((p) => p.detail);
    assert.match(details[0]!, /^SEARCH i USING COVERING INDEX pattern_intervals_by_start/);
    assert.match(details[1]!, /^SEARCH s USING (COVERING )?INDEX structures_by_pattern/);
    assert.ok(!details.some((d) => /^SCAN/.test(d)), details.join(' | '));
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('a week is computed ahead, three weeks where the week does not say when a place next opens', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') }, () => now);
  try {
    const db = kiosk.db;
    const content = loadContent(defaultContentDir);
    const template = content.structures.find((s) => s.id === 'fs-le-precheur')!;
    const closure = { from: '2026-12-07', until: '2026-12-20', reason: 'closure.disaster' };
    const extra = [
      { ...template, id: 'long-closure', temporaryClosure: closure },
      { ...template, id: 'monthly', hours: 'We[4] 09:00-12:00', temporaryClosure: null },
      { ...template, id: 'weekly', hours: 'Mo-Fr 08:00-12:00', temporaryClosure: null },
    ];
    const next = { ...content, manifest: { ...content.manifest, contentVersion: '2099.01.01-1' } };
    next.structures = [...content.structures, ...extra];
    installContent(db, next, now);
    const lastDay = (id: string) =>
      db.prepare('SELECT max(end_utc) FROM open_intervals WHERE structure = ?').pluck().get(id) as number;
    // Weekly hours: eight local days (8 to 15 December) are enough.
    assert.ok(lastDay('weekly') < Date.parse('2026-12-16T04:00:00Z'));
    // Closed until the 20th: reopens Monday 21 December at 08:00, beyond the first week.
    assert.equal(openState(db, 'long-closure', now.getTime()).opensAt, Date.parse('2026-12-21T12:00:00Z'));
    // The 4th Wednesday of December is the 23rd.
    assert.equal(openState(db, 'monthly', now.getTime()).opensAt, Date.parse('2026-12-23T13:00:00Z'));
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
