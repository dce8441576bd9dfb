import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentError, loadContent } from '../../../main/content/load';
import { openKiosk } from '../../../main/services/kiosk';
import { listPlaces } from '../../../main/services/places';
import { writeSettings } from '../../../main/services/settings';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';
import { defaultContentDir } from '../../../main/paths';

type Pair = { structure: string; national: string[]; note: string };

/** The problems the loader finds in a copy of data/ after `edit` ([] when it loads). */
function problemsAfter(t: { after(fn: () => void): void }, edit: (dir: string) => void) {
  const dir = copyContent(withTemp(t));
  edit(dir);
  try {
    loadContent(dir);
    return [];
  } catch (err) {
    assert.ok(err instanceof ContentError, String(err));
    return err.problems;
  }
}

test('Martinique: one card at 18 rue Robespierre with 0596 50 21 20 (the PSP), warned against its national row', (t) => {
  // Friday 11 December 2026, 11:30 in Martinique: the audit saw "open until 12:45" and "closed" side by side.
  const at = new Date('2026-12-11T15:30:00Z');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: withTemp(t) }, () => at);
  t.after(() => kiosk.close());
  writeSettings(kiosk.db, { territory: '972' });
  const places = listPlaces(kiosk, { lang: 'fr' });
  const digits = (phones: string[]) => phones.map((p) => p.replace(/\D/g, ''));
  const here = places.filter((p) => /robespierre/i.test(p.address ?? '') && digits(p.phones).includes('0596502120'));
  assert.deepEqual(
    here.map((p) => p.id),
    ['fs-psp-fort-de-france'],
  );
  assert.equal(here[0]!.hoursConfirmed, false, 'its national row fs-2288 has other hours: call before going');
  const servibus = places.find((p) => p.id === 'fs-3239');
  assert.equal(servibus?.state, 'mobile', 'the Servibus (another phone) stays, as a mobile service');
});

test('two cards of one territory at one address with one phone are refused unless the content says why', (t) => {
  const problems = problemsAfter(t, (dir) => {
    const pairs = readJson<Pair[]>(dir, 'counterparts.json');
    pairs.find((p) => p.structure === 'fs-psp-fort-de-france')!.national = ['fs-3239'];
    writeJson(dir, 'counterparts.json', pairs);
  });
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.match(problems[0]!.message, /fs-2288 and fs-psp-fort-de-france are two cards at one place/);
  assert.match(`${problems[0]!.file} ${problems[0]!.field}`, /^structures\/972\.json \[\d+\]\.address$/);

  const unexplained = problemsAfter(t, (dir) => writeJson(dir, 'same-place.json', []));
  assert.ok(unexplained.some((p) => /fs-2569 and fs-3011/.test(p.message)));
  const unknown = problemsAfter(t, (dir) =>
    writeJson(dir, 'same-place.json', [
      ...readJson<unknown[]>(dir, 'same-place.json'),
      { structures: ['fs-2569', 'fs-nowhere'], why: 'a card that does not exist' },
    ]),
  );
  assert.ok(unknown.some((p) => p.file === 'same-place.json' && /"fs-nowhere" is not a card/.test(p.message)));
});

test('a hand-typed structure in the national list takes the list’s position, and says so', () => {
  const content = loadContent(defaultContentDir);
  const byId = new Map(content.structures.map((s) => [s.id, s]));
  const national = readJson<{ id: string; position: { lat: number; lon: number } | null }[]>(
    defaultContentDir,
    'structures/national/972.json',
  );
  const pairs = readJson<Pair[]>(defaultContentDir, 'counterparts.json');
  assert.ok(pairs.length >= 12);
  for (const pair of pairs) {
    const own = byId.get(pair.structure)!;
    const row = national.find((r) => r.id === pair.national[0])!;
    assert.deepEqual([own.position?.lat, own.position?.lon], [row.position?.lat, row.position?.lon], own.id);
    assert.equal(own.position?.precision, 'exact', own.id);
    assert.match(own.position?.source.official ?? '', new RegExp(`id_fs ${row.id.slice(3)}\\b`), own.id);
    assert.ok(!own.toBeVerified.includes('position'), own.id);
  }
});

test('Paris cards from the 2018 CASVP plan (seed 002) carry their source’s date', (t) => {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: withTemp(t) });
  t.after(() => kiosk.close());
  writeSettings(kiosk.db, { territory: '75' });
  const paris = listPlaces(kiosk, { lang: 'fr' });
  assert.ok(paris.length > 0);
  for (const place of paris) assert.ok(place.informationDate, `${place.id} shows when its information dates from`);
  assert.ok(paris.some((p) => p.informationDate === '2018'));
});

test('one place named in same-place.json: two live states from different hours are refused (issue 22, item 6)', (t) => {
  // Today none: of the seven pairs, two have the same hours; in the five others one card has no live state
  // (a Multisites row, or fs-2569's cells to be checked).
  assert.deepEqual(
    problemsAfter(t, () => {}),
    [],
  );
  // fs-2569 (antenna row, overlapping cells: hours to check) and fs-3011 (the place's own row) differ: were the
  // antenna row's hours trusted, a visitor would read "open" on one card and "closed" on the other.
  const problems = problemsAfter(t, (dir) => {
    const file = 'structures/national/43.json';
    const rows = readJson<{ id: string; hoursVary?: string; notes: string[]; toBeVerified: string[] }[]>(dir, file);
    const antenna = rows.find((r) => r.id === 'fs-2569')!;
    delete antenna.hoursVary;
    writeJson(dir, file, rows);
  });
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.match(
    problems[0]!.message,
    /fs-2569 and fs-3011 are one place \(same-place\.json\) with live states from different hours/,
  );
  assert.match(`${problems[0]!.file} ${problems[0]!.field}`, /^structures\/national\/43\.json \[\d+\]\.hours$/);
});
