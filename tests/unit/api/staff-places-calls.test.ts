import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { openKiosk } from '../../../main/services/kiosk';
import type { CallOutput } from '../../../common/api/contract';
import { copyContent } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';
import { setQuickPin } from '../../helpers/pin';

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

test('the places calls need the staff token, and every field is checked before any service runs', async (t) => {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: copyContent(join(dir, 'c')), dataDir: join(dir, 'd') }, clock);
  t.after(() => kiosk.close());
  await setQuickPin(kiosk.db, '246813');
  const h = createHandlers(kiosk, {});
  const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };

  for (const [name, input] of [
    ['staffListLocalPlaces', {}],
    ['staffSaveLocalPlace', { place }],
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
