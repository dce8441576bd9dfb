import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { openKiosk } from '../../../main/services/kiosk';
import type { CallOutput } from '../../../common/api/contract';
import { copyContent } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';
import { setQuickPin } from '../../helpers/pin';
import { installLocalPlaces, localPlaceRow } from '../../../main/services/local-places';
import { structureById } from '../../../main/services/structure-store';

const clock = () => new Date('2026-12-08T14:00:00Z');
const place = {
  name: 'Association partenaire',
  category: 'association',
  themes: ['rights'],
  address: null,
  postcode: null,
  commune: 'Fort-de-France',
  phones: [],
  mapPoint: null,
  hours: 'We 14:00-17:00',
  appointmentNote: 'appointment.fs-only',
};
const failsWith = (code: string, pattern?: RegExp) => (e: unknown) =>
  e instanceof CallFailure && e.error.code === code && (!pattern || pattern.test(e.error.message));

/** A kiosk on a copy of the content, its handlers, and a staff token. */
async function staffSession(t: TestContext) {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: copyContent(join(dir, 'c')), dataDir: join(dir, 'd') }, clock);
  t.after(() => kiosk.close());
  await setQuickPin(kiosk.db, '246813');
  const h = createHandlers(kiosk, {});
  const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
  const places = async () =>
    ((await dispatch(h, 'staffListLocalPlaces', { token })) as CallOutput<'staffListLocalPlaces'>).places;
  return { kiosk, h, token, places };
}

test('the places calls need the staff token, and every field is checked before any service runs', async (t) => {
  const { h, token } = await staffSession(t);

  for (const [name, input] of [
    ['staffListLocalPlaces', {}],
    ['staffSaveLocalPlace', { place }],
    ['staffRemoveLocalPlace', { id: 'local-abc' }],
  ] as const) {
    await assert.rejects(dispatch(h, name, { ...input, token: 'x'.repeat(40) }), failsWith('denied'), name);
    await assert.rejects(dispatch(h, name, input), failsWith('bad-input', /token/), name);
  }
  const refused: [Record<string, unknown>, RegExp][] = [
    [{ appointmentNote: 'Venez le matin, demandez Mme Dupont' }, /appointmentNote/],
    [{ phones: ['call us'] }, /phones/],
    [{ postcode: '972' }, /postcode/],
    [{ category: 'bakery' }, /category/],
    [{ themes: [] }, /themes/],
    [{ name: '   ' }, /name/],
    [{ id: 'fs-le-precheur' }, /id/],
    [{ mapPoint: { x: 'here', y: 1 } }, /mapPoint/],
    [{ email: 'a@b.fr' }, /email|Unrecognized/i],
  ];
  for (const [patch, field] of refused)
    await assert.rejects(
      dispatch(h, 'staffSaveLocalPlace', { token, place: { ...place, ...patch } }),
      failsWith('bad-input', field),
      JSON.stringify(patch),
    );
  const none = (await dispatch(h, 'staffListLocalPlaces', { token })) as CallOutput<'staffListLocalPlaces'>;
  assert.deepEqual(none.places, []);
  assert.ok(none.appointmentNotes.some((n) => n.id === 'appointment.fs-only' && /rendez-vous/.test(n.text)));
  assert.ok(
    none.appointmentNotes.every((n) => n.id.startsWith('appointment.')),
    'closures and notes are not offered',
  );

  const saved = (await dispatch(h, 'staffSaveLocalPlace', { token, place })) as CallOutput<'staffSaveLocalPlace'>;
  assert.ok(saved.ok, JSON.stringify(saved));
  const listed = (await dispatch(h, 'staffListLocalPlaces', { token })) as CallOutput<'staffListLocalPlaces'>;
  assert.deepEqual(
    listed.places.map((p) => [p.id, p.origin, p.hours, p.addedOn]),
    [[saved.id, 'kiosk', 'We 14:00-17:00', '2026-12-08']],
  );
});

test('a place added here can be removed: visitors no longer find it, undo brings it back; a pack’s place is refused', async (t) => {
  const { kiosk, h, token, places } = await staffSession(t);
  const listedIds = async () => (await places()).map((p) => p.id);
  const remove = (id: string) =>
    dispatch(h, 'staffRemoveLocalPlace', { token, id }) as Promise<CallOutput<'staffRemoveLocalPlace'>>;

  await assert.rejects(
    dispatch(h, 'staffRemoveLocalPlace', { token, id: 'fs-le-precheur' }),
    failsWith('bad-input', /id/),
  );
  const unknown = await remove('local-0000000000');
  assert.ok(!unknown.ok && /Aucun lieu/.test(unknown.message), JSON.stringify(unknown));

  const saved = (await dispatch(h, 'staffSaveLocalPlace', { token, place })) as CallOutput<'staffSaveLocalPlace'>;
  assert.ok(saved.ok);
  assert.ok(structureById(kiosk.db, saved.id), 'visitors find the place');
  const [own] = await places();
  assert.equal(own?.removable, true, 'added here: the form offers its removal');
  const removed = await remove(saved.id);
  assert.ok(removed.ok, JSON.stringify(removed));
  assert.equal(removed.change.field, 'place');
  assert.equal(removed.change.after, null);
  assert.deepEqual(await listedIds(), []);
  assert.equal(structureById(kiosk.db, saved.id), null, 'visitors no longer find it');

  const undone = (await dispatch(h, 'staffUndoHoursChange', {
    token,
    changeId: removed.change.id,
  })) as CallOutput<'staffUndoHoursChange'>;
  assert.ok(undone.ok, JSON.stringify(undone));
  assert.deepEqual(await listedIds(), [saved.id]);
  assert.equal(structureById(kiosk.db, saved.id)?.hours, 'We 14:00-17:00', 'back with its hours');

  // The same place received in a content pack: it is the content's, removed in the next pack, not here.
  installLocalPlaces(kiosk.db, [localPlaceRow(kiosk.db, saved.id, 'kiosk')!]);
  const [listed] = await places();
  assert.deepEqual([listed?.origin, listed?.removable], ['kiosk', false], 'the form offers no removal');
  const refused = await remove(saved.id);
  assert.ok(!refused.ok && /contenu/.test(refused.message), JSON.stringify(refused));
  assert.deepEqual(await listedIds(), [saved.id]);
});
