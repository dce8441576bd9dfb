import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { openKiosk } from '../../../main/services/kiosk';
import { defaultContentDir } from '../../../main/paths';
import { dayHours } from '../../../renderer/src/features/places/format';
import type { PlaceView } from '../../../common/api/contract';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { readLocale } from '../../helpers/locales';
import { withTemp } from '../../helpers/temp';

// Tuesday 8 December 2026, 10:00 in Martinique; the Saturday of that week is 12 December.
const tuesday = () => new Date('2026-12-08T14:00:00Z');

test('the Justibus week table says Saturday "not every week" 08:00-12:00 (seed: "ponctuellement"), not closed', async (t) => {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') }, tuesday);
  t.after(() => kiosk.close());
  const place = (await dispatch(createHandlers(kiosk), 'getPlace', { id: 'fs-justibus', lang: 'fr' })) as PlaceView;
  const saturday = place.week.find((d) => d.date === '2026-12-12')!;
  assert.deepEqual(saturday.slots, [], 'never a sure opening');
  assert.deepEqual(saturday.sometimes, [{ from: '08:00', to: '12:00' }]);
  const sunday = place.week.find((d) => d.date === '2026-12-13')!;
  assert.deepEqual([sunday.slots, sunday.sometimes], [[], []], 'Sunday stays closed');
  const tuesdayRow = place.week.find((d) => d.today)!;
  assert.deepEqual(tuesdayRow.sometimes, [], 'weekdays are sure hours');

  // The cell the visitor reads (and hears, as every visible text): the French locale's own words, not "Fermé".
  const fr = readLocale('fr') as { places: Record<string, string> };
  const tr = (key: string, args?: { slots: string }) =>
    fr.places[key.replace('places.', '')]!.replace('{{slots}}', args?.slots ?? '');
  const cell = dayHours(saturday, 'fr', tr);
  assert.notEqual(cell, fr.places.closedAllDay);
  assert.match(cell, /^Pas toutes les semaines : 0?8:00 – 12:00$/);
  assert.equal(dayHours(sunday, 'fr', tr), fr.places.closedAllDay);
});

test('a fixed place open "unknown" some Saturdays is never "open" then, and its next opening skips it', async (t) => {
  const dir = withTemp(t);
  const content = copyContent(join(dir, 'content'));
  const rows = readJson<{ id: string; hours: string | null }[]>(content, 'structures/972.json');
  const ducos = rows.find((r) => r.id === 'fs-ducos')!;
  ducos.hours = 'Mo-Fr 08:00-12:00; Sa 08:00-12:00 unknown "certains samedis"';
  writeJson(content, 'structures/972.json', rows);
  // Saturday 12 December 2026, 10:00 in Martinique.
  const kiosk = openKiosk({ contentDir: content, dataDir: join(dir, 'data') }, () => new Date('2026-12-12T14:00:00Z'));
  t.after(() => kiosk.close());
  const place = (await dispatch(createHandlers(kiosk), 'getPlace', { id: 'fs-ducos', lang: 'en' })) as PlaceView;
  assert.equal(place.state, 'closed');
  assert.equal(place.opensAt?.slice(0, 16), '2026-12-14T08:00', 'next sure opening: Monday');
  assert.deepEqual(place.week[0]!.sometimes, [{ from: '08:00', to: '12:00' }]);
  assert.deepEqual(place.week[2]!.slots, [{ from: '08:00', to: '12:00' }], 'Monday');
});
