import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { listPlaces } from '../../../main/services/places';
import { structuresOf } from '../../../main/services/structure-store';
import { buildTerritoryMap } from '../../../main/services/territory-map';
import { saveLocalPlace, staffLocalPlaces } from '../../../main/services/staff/local-place-admin';
import { listHoursChanges, saveHours, setClosure, undoHoursChange } from '../../../main/services/staff/hours-admin';
import type { LocalPlaceInput } from '../../../common/api/local-place-contract';
import { copyContent, readJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';

// Tuesday 8 December 2026, 10:00 in Martinique (UTC-4).
let now = new Date('2026-12-08T14:00:00Z');
const clock = () => now;

const pass: LocalPlaceInput = {
  name: 'PASS de l’hôpital du Lamentin',
  category: 'hospital',
  themes: ['care'],
  address: '1 rue de l’Hôpital',
  postcode: '97232',
  commune: 'Le Lamentin',
  phones: ['0596 00 00 00'],
  mapPoint: null,
  hours: 'Tu,Th 09:00-12:00',
  appointmentNote: 'appointment.no-appointment',
};

const care = (k: Kiosk) => listPlaces(k, { themeId: 'care', lang: 'en' });
const found = (k: Kiosk, id: string) => care(k).find((p) => p.id === id);

function kiosk(t: { after(fn: () => void): void }) {
  const dir = withTemp(t);
  const k = openKiosk({ contentDir: copyContent(join(dir, 'content')), dataDir: join(dir, 'data') }, clock);
  t.after(() => k.close());
  return k;
}

test('a place staff add is shown to visitors with its live state and its source, and undone like other edits', (t) => {
  now = new Date('2026-12-08T14:00:00Z');
  const k = kiosk(t);
  // The point where the map draws a content structure with an exact position: the place lands there.
  const territory = k.territory();
  const known = structuresOf(k.db, territory.id).find((s) => s.position?.precision === 'exact')!;
  const map = buildTerritoryMap(k.paths.contentDir, territory, [known], territory.center);
  const pin = map.pins[0]!;
  const saved = saveLocalPlace(k, { ...pass, mapPoint: { x: pin.x, y: pin.y } });
  assert.ok(saved.ok, JSON.stringify(saved));
  const id = saved.value.id;
  assert.match(id, /^local-/);

  const shown = found(k, id)!;
  assert.equal(shown.state, 'open', 'Tuesday 10:00 is within Tu 09:00-12:00');
  assert.deepEqual(shown.addedByStaff, { date: '2026-12-08' });
  assert.equal(
    shown.appointmentNote,
    readJson<Record<string, string>>(k.paths.contentDir, 'translations/places/en.json')['appointment.no-appointment'],
  );
  assert.ok(
    Math.abs(shown.position!.lat - known.position!.lat) < 1e-3,
    `${shown.position!.lat} ≈ ${known.position!.lat}`,
  );
  assert.ok(Math.abs(shown.position!.lon - known.position!.lon) < 1e-3);
  now = new Date('2026-12-08T17:00:00Z'); // 13:00: closed, opens again on Thursday at 09:00
  assert.equal(found(k, id)!.state, 'closed');
  assert.equal(found(k, id)!.opensAt, '2026-12-10T09:00:00-04:00');

  // An edit of the hours changes the live state at once; undoing it brings the form's first hours back.
  const edited = saveLocalPlace(k, { ...pass, id, hours: 'Tu 12:00-18:00' });
  assert.ok(edited.ok, JSON.stringify(edited));
  assert.equal(found(k, id)!.state, 'open');
  assert.equal(staffLocalPlaces(k).places[0]!.hours, 'Tu 12:00-18:00');
  const undone = undoHoursChange(k.db, clock, edited.value.change.id);
  assert.ok(undone.ok, JSON.stringify(undone));
  assert.equal(found(k, id)!.state, 'closed');
  assert.equal(found(k, id)!.hours, 'Tu,Th 09:00-12:00');

  // Undoing the addition takes the place away; the log names it and keeps both rows.
  const undoAdd = undoHoursChange(k.db, clock, saved.value.change.id);
  assert.ok(undoAdd.ok, JSON.stringify(undoAdd));
  assert.equal(found(k, id), undefined);
  assert.deepEqual(staffLocalPlaces(k).places, []);
  const log = listHoursChanges(k.db, id);
  assert.deepEqual(
    log.map((c) => [c.field, c.structureName, c.after === null]),
    [
      ['place', pass.name, true],
      ['place', pass.name, false],
      ['place', pass.name, false],
      ['place', pass.name, false],
    ],
  );
});

test('the form refuses hours the engine cannot read, an untranslated note and a point off the map', (t) => {
  now = new Date('2026-12-08T14:00:00Z');
  const k = kiosk(t);
  const refused = (input: LocalPlaceInput) => {
    const r = saveLocalPlace(k, input);
    assert.equal(r.ok, false, JSON.stringify(input));
  };
  refused({ ...pass, hours: 'Tu 09:00-' });
  refused({ ...pass, appointmentNote: 'appointment.made-up' });
  refused({ ...pass, mapPoint: { x: -5, y: 10 } });
  refused({ ...pass, id: 'local-nothere' });
  assert.deepEqual(staffLocalPlaces(k).places, [], 'nothing was added');
  assert.deepEqual(listHoursChanges(k.db), []);
});

test('an hours edit from the Hours tab stays on a place staff added, and a closure stays across its form edits', (t) => {
  now = new Date('2026-12-08T14:00:00Z');
  const k = kiosk(t);
  const saved = saveLocalPlace(k, pass);
  assert.ok(saved.ok);
  const id = saved.value.id;
  assert.ok(saveHours(k.db, clock, id, 'Tu 13:00-14:00').ok);
  assert.equal(found(k, id)!.state, 'closed');
  const renamed = saveLocalPlace(k, { ...pass, id, name: 'PASS du Lamentin', hours: 'Tu 13:00-14:00' });
  assert.ok(renamed.ok, JSON.stringify(renamed));
  assert.equal(found(k, id)!.name, 'PASS du Lamentin');
  assert.equal(found(k, id)!.hours, 'Tu 13:00-14:00');

  const closure = { from: '2026-12-08', until: null, reason: 'closure.works' } as const;
  assert.ok(setClosure(k.db, clock, id, closure).ok);
  const moved = saveLocalPlace(k, { ...pass, id, address: '3 rue de l’Hôpital', hours: 'Tu 13:00-14:00' });
  assert.ok(moved.ok, JSON.stringify(moved));
  assert.equal(found(k, id)!.address, '3 rue de l’Hôpital');
  assert.equal(found(k, id)!.state, 'temporarily-closed');
  assert.equal(found(k, id)!.temporaryClosure?.from, '2026-12-08');
});
