import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { franceServicesDataset } from '../../../main/importer/dataset';
import { decodeEscapes } from '../../../main/importer/comment';
import { readDaySites } from '../../../main/importer/day-sites';
import { importFranceServices } from '../../../main/importer/import-csv';
import { openKiosk } from '../../../main/services/kiosk';
import { getPlace } from '../../../main/services/places';
import { runCli } from '../../helpers/cli';
import { withTemp } from '../../helpers/temp';

const csvText = readFileSync(join(projectRoot, franceServicesDataset.file), 'utf8');
const rows = parse(csvText, { columns: true, bom: true }) as Record<'id_fs' | 'commentaire' | 'format_fs', string>[];

/**
 * Read by hand from the list (2024-08-01): the comments that name one commune per whole weekday and nothing else.
 * Left out on purpose, among others: half days (fs-723 Pertuis "vendredi matin … vendredi après-midi", fs-1093,
 * fs-2618), buildings or addresses (fs-2273, fs-2874, fs-2993, fs-3039), phone numbers (fs-2973), a day at two
 * places (fs-3064), "Mardi : Centre social Solidarité" (fs-1735).
 */
const expected: Record<string, Record<string, string>> = {
  '2165': { Mo: 'Ploumagoar', Tu: 'Ploumagoar', Th: 'Pabu', Fr: 'Plouisy' },
  '2346': { Mo: 'Quillan', Tu: 'Axat', We: 'Quillan', Th: 'Roquefeuille', Fr: 'Quillan' },
  '3035': { Mo: 'Bouzonville', Tu: 'Bouzonville', We: 'Sierck-les-Bains', Th: 'Sierck-les-Bains', Fr: 'Bouzonville' },
  '3162': {
    Mo: 'Plélan-le-Grand',
    Tu: 'Plélan-le-Grand',
    We: 'Plélan-le-Grand',
    Th: 'Bréal-sous-Montfort',
    Fr: 'Bréal-sous-Montfort',
  },
  '3163': {
    Mo: 'Plélan-Le-Grand',
    Tu: 'Plélan-Le-Grand',
    We: 'Plélan-Le-Grand',
    Th: 'Bréal-Sous-Montfort',
    Fr: 'Bréal-Sous-Montfort',
  },
};

test('every comment of the national list: only the whole per-day lists of communes are read as day sites', () => {
  const found: Record<string, Record<string, string>> = {};
  for (const row of rows) {
    const sites = readDaySites(decodeEscapes(row.commentaire));
    if (sites) found[row.id_fs] = { ...sites };
  }
  assert.deepEqual(found, expected);
  assert.ok(rows.filter((r) => r.commentaire.trim() !== '').length > 800, 'every comment was read');
  // The forms the grammar refuses, each for its reason.
  assert.equal(readDaySites('Lundi matin : Saint Joseph. Après-midi : Sainte Marthe'), null, 'half day');
  assert.equal(readDaySites('Lundi : Quillan / Lundi : Axat'), null, 'one day at two places');
  assert.equal(readDaySites('Mardi : Centre social Solidarité'), null, 'a building');
  assert.equal(readDaySites('Lundi : sur rendez-vous'), null, 'an appointment');
  assert.equal(readDaySites('Jeudi : Pabu, tél. 06 75 58 98 93'), null, 'anything after the list');
});

test('import: the Multisites row gets its day sites, said in the report; other rows none', () => {
  const { byDepartement, report } = importFranceServices(csvText, { isTerritory: () => true, dataset: 'test' });
  const all = [...byDepartement.values()].flat();
  const withSites = all.filter((s) => s.daySites !== undefined).map((s) => s.id);
  assert.deepEqual(
    withSites.sort(),
    Object.keys(expected)
      .map((id) => `fs-${id}`)
      .sort(),
  );
  const ploumagoar = all.find((s) => s.id === 'fs-2165')!;
  assert.equal(ploumagoar.hoursVary, 'several-places', 'still no live state');
  assert.equal(ploumagoar.position, null, 'still no single pin');
  const said = report.details.find((d) => d.idFs === '2165')!.remarks.map((r) => r.handling);
  assert.ok(
    said.some((h) => h.includes('Th Pabu')),
    said.join(' | '),
  );
});

test('fs-2165 on a Thursday: the card shows Pabu (no Ploumagoar address), each day of the week table its commune', async (t) => {
  const dir = withTemp(t);
  // Thursday 10 December 2026, 10:00 in Paris.
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'data') }, () => new Date());
  t.after(() => kiosk.close());
  const thursday = getPlace(kiosk.db, new Date('2026-12-10T09:00:00Z'), 'fs-2165', 'fr')!;
  assert.equal(thursday.state, 'unknown');
  assert.equal(thursday.commune, 'Pabu');
  assert.equal(thursday.address, null, "Ploumagoar's address is not Pabu's");
  assert.equal(thursday.postcode, null);
  const site = (date: string) => thursday.week.find((d) => d.date === date)?.site;
  assert.equal(site('2026-12-10'), 'Pabu');
  assert.equal(site('2026-12-11'), 'Plouisy');
  assert.equal(site('2026-12-14'), 'Ploumagoar');
  assert.equal(site('2026-12-16'), null, 'Wednesday: the comment names no place');
  // Monday 14 December: at its own address.
  const monday = getPlace(kiosk.db, new Date('2026-12-14T09:00:00Z'), 'fs-2165', 'fr')!;
  assert.equal(monday.commune, 'Ploumagoar');
  assert.equal(monday.address, '1 Place du 8 mai 1945');
});

test('CLI structures: rows whose hours vary get no live state (open null), like the cards', (t) => {
  const dir = withTemp(t);
  // Thursday 10 December 2026, 10:00: inside fs-2165's cells (Th 09:00-12:00), but it is in Pabu today.
  const r = runCli(['structures', '--territory', '22', '--at', '2026-12-10T10:00', '--json', '--data-dir', dir]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    id: string;
    open: boolean | null;
    nextChange: string | null;
    hoursVary: string | null;
  }[];
  const ploumagoar = out.find((x) => x.id === 'fs-2165')!;
  assert.deepEqual([ploumagoar.open, ploumagoar.nextChange, ploumagoar.hoursVary], [null, null, 'several-places']);
  for (const row of out.filter((x) => x.hoursVary !== null)) assert.equal(row.open, null, row.id);
  assert.ok(
    out.some((x) => x.hoursVary === null && x.open === true),
    'a plain row keeps its live state',
  );
  const text = runCli(['structures', '--territory', '22', '--at', '2026-12-10T10:00', '--data-dir', dir]);
  assert.match(text.stdout, /several-places: call first\s+fs-2165/);
});
