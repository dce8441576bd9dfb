import { test } from 'node:test';
import { structureById } from '../../../main/services/structure-store';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { writeSettings } from '../../../main/services/settings';
import type { PlaceView } from '../../../common/api/contract';
import { tempDir } from '../../helpers/temp';

// Tuesday 8 December 2026, 10:00 in Martinique.
const clock = () => new Date('2026-12-08T14:00:00Z');

function withHandlers(
  use: (h: ReturnType<typeof createHandlers>, kiosk: ReturnType<typeof openKiosk>) => Promise<void>,
) {
  return async () => {
    const t = tempDir();
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') }, clock);
    try {
      await use(createHandlers(kiosk), kiosk);
    } finally {
      kiosk.close();
      t.cleanup();
    }
  };
}

test(
  'listPlaces: the territory’s places for a theme, open first then nearest, with translated notes',
  withHandlers(async (h) => {
    const places = (await dispatch(h, 'listPlaces', { lang: 'en', themeId: 'papers' })) as PlaceView[];
    assert.ok(
      places.every((p) => !p.id.startsWith('paris-')),
      'only the configured territory',
    );
    const states = places.map((p) => p.state);
    const rank = { open: 0, closed: 1, mobile: 2, unknown: 2, 'temporarily-closed': 3 };
    assert.deepEqual(
      states,
      // A mobile service (a bus) ranks with the unknown ones: never among the open.
      [...states].sort((a, b) => rank[a] - rank[b]),
    );
    const open = places.filter((p) => p.state === 'open').map((p) => p.distanceKm!);
    assert.deepEqual(
      open,
      [...open].sort((a, b) => a - b),
      'nearest first among the open ones',
    );
    const desk = places.find((p) => p.id === 'prefecture-foreigners-desk')!;
    assert.match(desk.appointmentNote!, /^Without appointment: collecting récépissés/);
    assert.equal(desk.closesAt, '2026-12-08T12:00:00-04:00');
    const floreal = places.find((p) => p.id === 'fs-floreal')!;
    assert.equal(floreal.state, 'temporarily-closed');
    assert.match(floreal.temporaryClosure!.reason, /disaster/);
    assert.equal(floreal.week.length, 7);
    assert.ok(floreal.week.every((d) => d.slots.length === 0));
  }),
);

test(
  'the kiosk position setting changes the order; a procedure filter keeps only its structures',
  withHandlers(async (h, kiosk) => {
    // At Le Prêcheur's France Services (its position is the national list's, fs-603).
    const precheur = structureById(kiosk.db, 'fs-le-precheur')!.position!;
    writeSettings(kiosk.db, { position: { lat: precheur.lat, lon: precheur.lon } });
    const places = (await dispatch(h, 'listPlaces', { lang: 'fr', themeId: 'papers' })) as PlaceView[];
    assert.equal(places[0]!.id, 'fs-le-precheur');
    assert.equal(places[0]!.distanceKm, 0);
    const ame = (await dispatch(h, 'listPlaces', { lang: 'fr', procedureId: 'ame-first-request' })) as PlaceView[];
    assert.deepEqual(
      ame.map((p) => p.id),
      ['cgss-schoelcher'],
    );
    assert.deepEqual(ame[0]!.toBeVerified.includes('hours'), true);
    await assert.rejects(dispatch(h, 'listPlaces', { lang: 'fr', themeId: 'Papers!' }), /themeId/);
  }),
);

test(
  'getTerritoryMap: an outline path and every positioned structure as a pin inside the frame',
  withHandlers(async (h) => {
    const map = (await dispatch(h, 'getTerritoryMap', {})) as {
      width: number;
      height: number;
      outline: string;
      pins: { id: string; x: number; y: number }[];
      here: { x: number; y: number };
    };
    assert.match(map.outline, /^M[\d.]+,[\d.]+L/);
    assert.ok(map.height > map.width, 'Martinique is taller than wide');
    // All the seed's Martinique structures but the PASS (no position), and the 7 of the national list's 20
    // Martinique rows that no seed structure covers (data/counterparts.json names the other 13).
    assert.equal(map.pins.length, 25 + 7, 'every positioned structure');
    for (const p of [...map.pins, map.here])
      assert.ok(p.x >= 0 && p.x <= map.width && p.y >= 0 && p.y <= map.height, JSON.stringify(p));
    // North is up: Le Prêcheur (north-west) is above and left of Les Anses-d'Arlet (south-west).
    const at = (id: string) => map.pins.find((p) => p.id === id)!;
    assert.ok(at('fs-le-precheur').y < at('fs-anses-arlet-bourg').y);
    assert.ok(at('fs-le-precheur').x < at('fs-ducos').x);
  }),
);
