import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { loadContent } from '../../../main/content/load';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { listStaffStructures } from '../../../main/services/staff/hours-admin';
import { printedPlaces } from '../../../main/services/printed-places';
import type { PlaceView } from '../../../common/api/contract';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

// Tuesday 8 December 2026, 10:00 in Martinique: inside the Justibus's weekly hours (Mo-Th 08:00-16:30).
const clock = () => new Date('2026-12-08T14:00:00Z');

test('a mobile service (Justibus) is never "open": state mobile, no closing time, never before an open place', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') }, clock);
  try {
    const h = createHandlers(kiosk);
    const justibus = (await dispatch(h, 'getPlace', { id: 'fs-justibus', lang: 'en' })) as PlaceView;
    assert.equal(justibus.mobile, true);
    assert.equal(justibus.state, 'mobile');
    assert.equal(justibus.closesAt, null);
    assert.equal(justibus.opensAt, null);
    assert.deepEqual(justibus.phones, ['0596 48 42 44']);
    // Its weekly hours stay as the seed gives them: today (a Tuesday) 08:00-16:30.
    assert.deepEqual(justibus.week.find((d) => d.today)!.slots, [{ from: '08:00', to: '16:30' }]);
    // Visitors see the source's own date: the annex list was updated on 1 May 2023.
    assert.equal(justibus.informationDate, '2023-05-01');
    // A printed sheet never sends a visitor to the bus's base address with its hours.
    assert.ok(!printedPlaces(kiosk, 'anef', 'fr').some((p) => p.name.includes('Justibus')));
    // Staff keeping hours true see the same date.
    const staff = listStaffStructures(kiosk).structures;
    assert.equal(staff.find((x) => x.id === 'fs-floreal')!.informationDate, '2023-05-01');
    const rights = (await dispatch(h, 'listPlaces', { lang: 'en', themeId: 'rights' })) as PlaceView[];
    const at = rights.findIndex((p) => p.id === 'fs-justibus');
    assert.ok(at > 0, 'listed, but not first');
    assert.ok(rights.some((p) => p.state === 'open'));
    assert.ok(
      rights.slice(at).every((p) => p.state !== 'open'),
      'every open place comes before the mobile one',
    );
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('CLI structures: a mobile structure answers mobile: true and open: null, a fixed one mobile: false', () => {
  const t = tempDir();
  try {
    const r = runCli(['structures', '--territory', '972', '--at', '2026-12-08T10:00', '--json', '--data-dir', t.dir]);
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { id: string; open: boolean | null; mobile: boolean; nextChange: string }[];
    const justibus = rows.find((x) => x.id === 'fs-justibus')!;
    assert.equal(justibus.mobile, true);
    assert.equal(justibus.open, null);
    assert.equal(justibus.nextChange, null);
    const ducos = rows.find((x) => x.id === 'fs-ducos')!;
    assert.equal(ducos.mobile, false);
    assert.equal(ducos.open, true);
  } finally {
    t.cleanup();
  }
});

test('the mobile field is optional in content files: absent means a fixed place', () => {
  const t = tempDir();
  try {
    copyContent(t.dir);
    const rows = readJson<Record<string, unknown>[]>(t.dir, 'structures/972.json');
    for (const row of rows) if (row.mobile === false) delete row.mobile;
    writeJson(t.dir, 'structures/972.json', rows);
    const structures = loadContent(t.dir).structures.filter((s) => s.territory === '972');
    // Among the hand-typed rows (the national list's buses are mobile too).
    const handTyped = new Set(rows.map((row) => row.id));
    assert.deepEqual(
      structures.filter((s) => s.mobile && handTyped.has(s.id)).map((s) => s.id),
      ['fs-justibus'],
    );
    assert.equal(structures.find((s) => s.id === 'fs-ducos')!.mobile, false);
  } finally {
    t.cleanup();
  }
});
