import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { getPlace } from '../../../main/services/places';
import { openNow } from '../../../main/services/structure-store';
import { listTerritories } from '../../../main/services/content-store';
import {
  listHoursChanges,
  listStaffStructures,
  previewHours,
  saveHours,
  setClosure,
  undoHoursChange,
} from '../../../main/services/staff/hours-admin';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';

// Tuesday 8 December 2026, 10:00 in Martinique (UTC-4). Le Prêcheur's content hours: Mo-Fr 08:00-12:00.
const now = new Date('2026-12-08T14:00:00Z');
const clock = () => now;
const id = 'fs-le-precheur';

function setup() {
  const t = tempDir();
  const contentDir = copyContent(join(t.dir, 'content'));
  const dataDir = join(t.dir, 'data');
  let kiosk: Kiosk = openKiosk({ contentDir, dataDir }, clock);
  return {
    get kiosk() {
      return kiosk;
    },
    contentDir,
    /** Writes a new content version (optionally changing the structures) and restarts, which re-installs. */
    reinstall(version: string, change?: (rows: { id: string; hours: string | null }[]) => void) {
      kiosk.close();
      const m = readJson<Record<string, unknown>>(contentDir, 'manifest.json');
      writeJson(contentDir, 'manifest.json', { ...m, contentVersion: version });
      if (change) {
        const rows = readJson<{ id: string; hours: string | null }[]>(contentDir, 'structures/972.json');
        change(rows);
        writeJson(contentDir, 'structures/972.json', rows);
      }
      kiosk = openKiosk({ contentDir, dataDir }, clock);
    },
    done: () => (kiosk.close(), t.cleanup()),
  };
}

const place = (k: Kiosk, lang = 'fr') => getPlace(k.db, now, id, lang)!;
const isOpenNow = (k: Kiosk) => openNow(k.db, now.getTime(), '972').has(id);

test('saving hours is validated, logged and changes "open now" at once; undo brings the content back', () => {
  const s = setup();
  try {
    const { db } = s.kiosk;
    const contentHours = place(s.kiosk).hours;
    assert.match(contentHours ?? '', /^Mo-Fr 08:00-12:00/);
    assert.equal(place(s.kiosk).state, 'open');
    const bad = saveHours(db, clock, id, 'Mo-Fr 08:00-12:00; Sa 09:00-');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /position \d+/);
    assert.equal(listHoursChanges(db).length, 0, 'a refused change is not logged');

    const saved = saveHours(db, clock, id, 'Mo-Fr 13:00-17:00');
    assert.ok(saved.ok);
    assert.equal(isOpenNow(s.kiosk), false, 'the open interval index follows in the same transaction');
    const view = place(s.kiosk);
    assert.equal(view.state, 'closed');
    assert.equal(view.opensAt, '2026-12-08T13:00:00-04:00');
    assert.equal(view.hours, 'Mo-Fr 13:00-17:00', 'the JSON the screens read follows too');
    const listed = listStaffStructures(s.kiosk).structures.find((x) => x.id === id)!;
    assert.deepEqual(listed.edited, ['hours']);

    const [change] = listHoursChanges(db, id);
    assert.deepEqual(
      [change!.field, change!.before, change!.after, change!.at],
      ['hours', contentHours, 'Mo-Fr 13:00-17:00', now.toISOString()],
    );
    const undone = undoHoursChange(db, clock, change!.id);
    assert.ok(undone.ok);
    assert.equal(isOpenNow(s.kiosk), true);
    assert.deepEqual(
      listStaffStructures(s.kiosk).structures.find((x) => x.id === id)!.edited,
      [],
      'back to the content',
    );
    const again = undoHoursChange(db, clock, change!.id);
    assert.equal(again.ok, false);
  } finally {
    s.done();
  }
});

test('a temporary closure shows its translated reason on the visitor card, closes today, and is undone', () => {
  const s = setup();
  try {
    const { db } = s.kiosk;
    const closure = { from: '2026-12-08', until: '2026-12-09', reason: 'closure.works' } as const;
    const backwards = setClosure(db, clock, id, { ...closure, from: '2026-12-10' });
    assert.equal(backwards.ok, false);
    const set = setClosure(db, clock, id, closure);
    assert.ok(set.ok);
    assert.equal(isOpenNow(s.kiosk), false);
    const ar = place(s.kiosk, 'ar');
    assert.equal(ar.state, 'temporarily-closed');
    assert.equal(ar.temporaryClosure?.reason, 'مغلق بسبب أشغال.');
    // It reopens after the closure: Thursday 10 at 08:00.
    assert.equal(ar.opensAt, '2026-12-10T08:00:00-04:00');
    assert.equal(place(s.kiosk, 'en').temporaryClosure?.reason, 'Closed for building works.');
    const cleared = setClosure(db, clock, id, null);
    assert.ok(cleared.ok);
    assert.equal(place(s.kiosk).state, 'open');
    assert.ok(undoHoursChange(db, clock, cleared.ok ? cleared.value.id : 0).ok);
    assert.equal(place(s.kiosk).state, 'temporarily-closed', 'undoing the clearing brings the closure back');
    assert.deepEqual(
      listHoursChanges(db, id).map((c) => [c.field, c.undoOf !== null]),
      [
        ['closure', true],
        ['closure', false],
        ['closure', false],
      ],
    );
  } finally {
    s.done();
  }
});

test('staff edits survive a content re-install, and are dropped with a note when the content changes that field', () => {
  const s = setup();
  try {
    assert.ok(saveHours(s.kiosk.db, clock, id, 'Mo-Fr 13:00-17:00').ok);
    assert.ok(
      setClosure(s.kiosk.db, clock, 'fs-le-lorrain', { from: '2026-12-08', until: null, reason: 'closure.staff' }).ok,
    );
    s.reinstall('2099.01.01-1');
    assert.equal(place(s.kiosk).hours, 'Mo-Fr 13:00-17:00', 'kept: the new content did not change these hours');
    assert.equal(isOpenNow(s.kiosk), false, 'and the re-install computed its intervals from the staff hours');
    assert.equal(getPlace(s.kiosk.db, now, 'fs-le-lorrain', 'fr')!.state, 'temporarily-closed');

    s.reinstall('2099.01.02-1', (rows) => {
      rows.find((r) => r.id === id)!.hours = 'Mo-Fr 07:30-12:30';
    });
    assert.equal(place(s.kiosk).hours, 'Mo-Fr 07:30-12:30', 'the content changed these hours: the content wins');
    assert.equal(isOpenNow(s.kiosk), true);
    const [note] = listHoursChanges(s.kiosk.db, id);
    assert.deepEqual(
      [note!.note, note!.before, note!.after],
      ['content-changed', 'Mo-Fr 13:00-17:00', 'Mo-Fr 07:30-12:30'],
    );
    assert.equal(
      getPlace(s.kiosk.db, now, 'fs-le-lorrain', 'fr')!.state,
      'temporarily-closed',
      'the other structure keeps its staff closure',
    );
  } finally {
    s.done();
  }
});

test('the preview gives the next 14 days in the territory zone, or the error with its position', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: copyContent(join(t.dir, 'c')), dataDir: join(t.dir, 'd') }, clock);
  try {
    const martinique = listTerritories(kiosk.db).find((x) => x.id === '972')!;
    const p = previewHours(martinique, 'Mo-Fr 08:00-12:00,13:30-16:00; PH off', now);
    assert.ok(p.ok);
    if (!p.ok) return;
    assert.equal(p.days.length, 14);
    assert.deepEqual(p.days[0], {
      date: '2026-12-08',
      slots: [
        { from: '08:00', to: '12:00' },
        { from: '13:30', to: '16:00' },
      ],
    });
    assert.deepEqual(p.days[4], { date: '2026-12-12', slots: [] }, 'Saturday');
    assert.deepEqual(p.days[13]!.date, '2026-12-21');
    const bad = previewHours(martinique, 'Mo-Fr 08:00-1200', now);
    assert.equal(bad.ok, false);
    assert.equal(bad.ok ? null : typeof bad.position, 'number');
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
