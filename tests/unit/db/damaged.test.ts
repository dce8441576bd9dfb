import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openKiosk } from '../../../main/services/kiosk';
import { readSettings, writeSettings } from '../../../main/services/settings';
import { listPlaces } from '../../../main/services/places';
import { listHoursChanges, saveHours } from '../../../main/services/staff/hours-admin';
import { isPinSet, setPin } from '../../../main/services/staff/pin-store';
import { countEvent } from '../../../main/services/staff/stats';
import { structureById } from '../../../main/services/structure-store';
import { defaultContentDir } from '../../../main/paths';
import { tempDir } from '../../helpers/temp';

const clock = () => new Date('2026-12-08T14:00:00Z');
const open = (dataDir: string) => openKiosk({ contentDir: defaultContentDir, dataDir }, clock);

/** A kiosk with staff data in it: settings, a PIN, counters and one hours edit. Returns the edited structure. */
async function kioskWithStaffData(dataDir: string): Promise<string> {
  const kiosk = open(dataDir);
  try {
    writeSettings(kiosk.db, { idleTimeoutSeconds: 240 });
    await setPin(kiosk.db, '482915');
    countEvent(kiosk.db, clock(), 'America/Martinique', { kind: 'session', id: 'start' });
    const id = listPlaces(kiosk, { lang: 'fr' })[0]!.id;
    assert.equal(saveHours(kiosk.db, clock, id, 'Mo-Fr 07:00-11:00').ok, true);
    return id;
  } finally {
    kiosk.close();
  }
}

/** Overwrites one whole page of `table` with garbage, the way a bad sector or a torn write would. */
function damagePageOf(file: string, table: string): void {
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number })
    .rootpage;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
}

const asideFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('repere.sqlite.damaged-'));

test('a damaged page: the file is kept aside, the kiosk starts on a fresh database and gets staff data back', async () => {
  const t = tempDir();
  try {
    const edited = await kioskWithStaffData(t.dir);
    const file = join(t.dir, 'repere.sqlite');
    damagePageOf(file, 'pattern_intervals');
    const damagedBytes = readFileSync(file);

    const kiosk = open(t.dir);
    try {
      assert.equal(kiosk.notices.length, 1);
      assert.match(kiosk.notices[0]!.message, /repere\.sqlite is damaged .*kept aside as repere\.sqlite\.damaged-/);
      assert.deepEqual(readFileSync(join(t.dir, asideFiles(t.dir)[0]!)), damagedBytes, 'kept byte for byte');
      assert.ok(listPlaces(kiosk, { lang: 'fr' }).length > 0, 'places answer again');
      assert.equal(readSettings(kiosk.db).idleTimeoutSeconds, 240, 'settings recovered');
      assert.equal(isPinSet(kiosk.db), true, 'PIN recovered');
      assert.equal(structureById(kiosk.db, edited)!.hours, 'Mo-Fr 07:00-11:00', 'staff hours edit re-applied');
      assert.equal(listHoursChanges(kiosk.db, edited).length, 1, 'the hours log is back');
    } finally {
      kiosk.close();
    }
    // The next start finds a sound database and says nothing more.
    const again = open(t.dir);
    assert.deepEqual(again.notices, []);
    again.close();
  } finally {
    t.cleanup();
  }
});

test('a zero-length repere.sqlite is not silently recreated: kept aside and reported', async () => {
  const t = tempDir();
  try {
    await kioskWithStaffData(t.dir);
    truncateSync(join(t.dir, 'repere.sqlite'), 0);
    const kiosk = open(t.dir);
    try {
      assert.match(
        kiosk.notices.map((n) => n.message).join('\n'),
        /repere\.sqlite is empty \(zero length\): kept aside/,
      );
      assert.equal(asideFiles(t.dir).length, 1);
      assert.equal(statSync(join(t.dir, asideFiles(t.dir)[0]!)).size, 0);
      assert.ok(listPlaces(kiosk, { lang: 'fr' }).length > 0);
    } finally {
      kiosk.close();
    }
  } finally {
    t.cleanup();
  }
});

test('a file that is not a database at all is kept aside too, never deleted', () => {
  const t = tempDir();
  try {
    open(t.dir).close();
    const file = join(t.dir, 'repere.sqlite');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from('this is not SQLite'), 0, 18, 0);
    closeSync(fd);
    const kiosk = open(t.dir);
    try {
      assert.match(kiosk.notices.map((n) => n.message).join('\n'), /repere\.sqlite .*kept aside/);
      assert.equal(asideFiles(t.dir).length, 1);
    } finally {
      kiosk.close();
    }
  } finally {
    t.cleanup();
  }
});
