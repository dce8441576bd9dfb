import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { openKiosk } from '../../../main/services/kiosk';
import { listPlaces } from '../../../main/services/places';
import { exportPack } from '../../../main/services/packs/export';
import { importPack, restoreBackup } from '../../../main/services/packs/import';
import { saveLocalPlace, staffLocalPlaces } from '../../../main/services/staff/local-place-admin';
import { defaultContentDir } from '../../../main/paths';
import { localPlaceForm } from '../../../common/api/local-place-contract';
import { withTemp } from '../../helpers/temp';

/** One file of a zip, read with yauzl (not the code under test). */
function readEntry(zip: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (err, file) => {
      if (err) return reject(err);
      file.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => (file.close(), resolve(Buffer.concat(chunks).toString('utf8'))));
        });
      });
      file.on('end', () => reject(new Error(`${name} is not in ${zip}`)));
      file.readEntry();
    });
  });
}

// Tuesday 8 December 2026, 10:00 in Martinique (UTC-4).
const now = new Date('2026-12-08T14:00:00Z');
const clock = () => now;

test('a place added on one kiosk reaches another through the exported pack, with its source and hours', async (t) => {
  const dir = withTemp(t);
  const a = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'a') }, clock);
  t.after(() => a.close());
  const saved = saveLocalPlace(a, {
    name: 'Accueil de la préfecture, guichet étrangers',
    category: 'prefecture',
    themes: ['papers'],
    address: 'Rue Victor Sévère',
    postcode: '97200',
    commune: 'Fort-de-France',
    phones: [],
    mapPoint: null,
    hours: 'Mo-Fr 08:00-12:00',
    appointmentNote: null,
  });
  assert.ok(saved.ok, JSON.stringify(saved));
  const id = saved.value.id;

  const zip = join(dir, 'packs', 'from-a.zip');
  const manifest = await exportPack(a, zip);
  assert.ok(manifest.files['local-places.json'], 'the pack lists the places file with its hash');
  const inZip = JSON.parse(await readEntry(zip, 'local-places.json')) as { id: string; addedOn: string }[];
  assert.deepEqual(
    inZip.map((p) => [p.id, p.addedOn]),
    [[id, '2026-12-08']],
  );

  const b = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'b') }, clock);
  t.after(() => b.close());
  const papers = () => listPlaces(b, { themeId: 'papers', lang: 'fr' });
  assert.equal(
    papers().find((p) => p.id === id),
    undefined,
  );
  // The same content version as B's, but it brings a place B does not know: imported, not refused as a replay.
  const r = await importPack(b, zip);
  assert.ok(r.ok, JSON.stringify(r));
  const there = papers().find((p) => p.id === id)!;
  assert.equal(there.state, 'open');
  assert.deepEqual(there.addedByStaff, { date: '2026-12-08' });
  assert.deepEqual(
    staffLocalPlaces(b).places.map((p) => [p.id, p.origin]),
    [[id, 'pack']],
  );
  // The same pack again brings nothing new: refused as already active, as any replayed pack.
  const again = await importPack(b, zip);
  assert.equal(again.ok, false);

  // B's staff edit it: their version wins on B and goes with B's next export; a restart keeps both.
  const form = localPlaceForm(staffLocalPlaces(b).places[0]!);
  const edited = saveLocalPlace(b, { ...form, hours: 'Mo-Fr 13:00-16:00' });
  assert.ok(edited.ok, JSON.stringify(edited));
  assert.equal(papers().find((p) => p.id === id)!.state, 'closed');
  const fromB = join(dir, 'packs', 'from-b.zip');
  await exportPack(b, fromB);
  const carried = JSON.parse(await readEntry(fromB, 'local-places.json')) as { hours: string }[];
  assert.deepEqual(
    carried.map((p) => p.hours),
    ['Mo-Fr 13:00-16:00'],
  );

  // Restoring the backup (the content before the pack) takes the pack's place away but keeps B's own version.
  await restoreBackup(b);
  assert.deepEqual(
    staffLocalPlaces(b).places.map((p) => [p.id, p.origin, p.hours]),
    [[id, 'kiosk', 'Mo-Fr 13:00-16:00']],
  );
});
