import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { listPlaces } from '../../../main/services/places';
import { writeSettings } from '../../../main/services/settings';
import { listTerritories } from '../../../main/services/content-store';
import { structureById } from '../../../main/services/structure-store';
import { compareWithNational, hoursConfirmed, recordConfirmation } from '../../../main/services/reconcile';
import { confirmHours } from '../../../main/services/staff/hours-confirm';
import { listHoursChanges, listStaffStructures } from '../../../main/services/staff/hours-admin';
import { printedPlaces } from '../../../main/services/printed-places';
import { tempDir } from '../../helpers/temp';

const now = new Date('2026-12-08T14:00:00Z'); // Tuesday 10:00 in Martinique

test('Martinique: seed hours kept, flagged while the national list disagrees, until staff confirm', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }, () => now);
  try {
    const martinique = listTerritories(kiosk.db).find((x) => x.id === '972')!;
    const lorrain = structureById(kiosk.db, 'fs-le-lorrain')!;
    // The seed reads We-Fr 07:00-13:00; the national row 555 has h_lundi "07:00 - 13:00 / 14:00 - 17:00".
    const [vs555] = compareWithNational(lorrain, martinique);
    assert.equal(vs555!.nationalId, 'fs-555');
    assert.deepEqual(
      vs555!.differences.find((d) => d.field === 'Mo'),
      { field: 'Mo', content: 'closed', national: '07:00-13:00,14:00-17:00' },
    );
    const places = listPlaces(kiosk, { lang: 'fr' });
    const card = (id: string) => places.find((p) => p.id === id)!;
    assert.equal(card('fs-le-lorrain').hoursConfirmed, false);
    assert.equal(card('fs-le-lorrain').hours, lorrain.hours, 'the content keeps its own hours');
    assert.equal(card('fs-ducos').hoursConfirmed, true, 'seed and national list agree on every weekday');
    // The national row already covered by a seed structure is not listed a second time.
    assert.equal(
      places.find((p) => p.id === 'fs-555'),
      undefined,
    );
    // Row 3133 (Sainte-Marie) is not in the seed: added from the national list; its comment is only an e-mail
    // that differs from its mail column, so it is kept as the note.
    assert.deepEqual(card('fs-3133').sourceNote, { text: 'ste-marie@france-services.gouv.fr', date: '2024-08-01' });
    // The printed checklist carries the same warning for the places it lists.
    const printed = printedPlaces(kiosk, 'anef', 'fr');
    for (const p of printed) assert.equal(p.hoursConfirmed, places.find((x) => x.name === p.name)!.hoursConfirmed);
    assert.ok(printed.some((p) => !p.hoursConfirmed));
    // Row 1990's comment "Espace fermé suite à une dégradation des locaux." → shown as temporarily closed.
    assert.equal(card('fs-floreal').hoursConfirmed, false);

    recordConfirmation(kiosk.db, lorrain, now, martinique);
    assert.equal(hoursConfirmed(kiosk.db, lorrain, martinique), true);
    // A confirmation holds only for the hours confirmed.
    assert.equal(hoursConfirmed(kiosk.db, { ...lorrain, hours: 'Mo-Fr 07:00-13:00; PH off' }, martinique), false);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('Rhône chosen once in the settings: the places come from the national list', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }, () => now);
  try {
    writeSettings(kiosk.db, { territory: '69' });
    const places = listPlaces(kiosk, { lang: 'ar' });
    assert.equal(places.length, 34);
    const bus = places.find((p) => p.id === 'fs-2818')!;
    assert.equal(bus.mobile, true);
    assert.ok(places.every((p) => p.timezone === 'Europe/Paris'));
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test("staff confirm a version: the national row's hours (a logged staff edit) or the content's; bad versions refused", () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }, () => now);
  try {
    const clock = () => now;
    assert.equal(listStaffStructures(kiosk).structures.find((s) => s.id === 'fs-le-lorrain')!.hoursConfirmed, false);
    const taken = confirmHours(kiosk.db, clock, 'fs-le-lorrain', 'fs-555');
    assert.deepEqual(taken, { ok: true, value: { confirmedOn: '2026-12-08' } });
    const lorrain = listStaffStructures(kiosk).structures.find((s) => s.id === 'fs-le-lorrain')!;
    // Row 555's cells, read by the converter: Mo-Tu 07:00-13:00 and 14:00-17:00, We-Fr 07:00-13:00.
    assert.equal(lorrain.hours, structureById(kiosk.db, 'fs-le-lorrain')!.national![0]!.hours);
    assert.equal(lorrain.hoursConfirmed, true);
    assert.deepEqual(lorrain.edited, ['hours']);
    assert.equal(listHoursChanges(kiosk.db, 'fs-le-lorrain').length, 1, 'the change is logged, so it can be undone');
    assert.equal(listPlaces(kiosk, { lang: 'fr' }).find((p) => p.id === 'fs-le-lorrain')!.hoursConfirmed, true);

    const kept = confirmHours(kiosk.db, clock, 'fs-trois-ilets', 'content');
    assert.equal(kept.ok, true);
    const trois = listStaffStructures(kiosk).structures.find((s) => s.id === 'fs-trois-ilets')!;
    assert.equal(trois.hoursConfirmed, true);
    assert.equal(trois.confirmedOn, '2026-12-08');
    assert.deepEqual(trois.edited, []);

    assert.equal(confirmHours(kiosk.db, clock, 'fs-ducos', 'fs-555').ok, false);
    assert.equal(confirmHours(kiosk.db, clock, 'nope', 'content').ok, false);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
