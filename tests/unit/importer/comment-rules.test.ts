import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { franceServicesDataset } from '../../../main/importer/dataset';
import { importFranceServices } from '../../../main/importer/import-csv';
import { openKiosk } from '../../../main/services/kiosk';
import { getPlace } from '../../../main/services/places';
import { listTerritories } from '../../../main/services/content-store';
import { ensureFreshIntervals, openState } from '../../../main/services/structure-store';
import { wallToUtc } from '../../../main/hours/zoned';
import { withTemp } from '../../helpers/temp';

const csvText = readFileSync(join(projectRoot, franceServicesDataset.file), 'utf8');
/** The CSV read independently of the importer: one object per row. */
type CsvRecord = Record<'id_fs' | 'commentaire' | 'format_fs' | `h_${string}`, string>;
const rows = parse(csvText, { columns: true, bom: true }) as CsvRecord[];
const { byDepartement, report } = importFranceServices(csvText, { isTerritory: () => true, dataset: 'test' });
const structures = new Map([...byDepartement.values()].flat().map((s) => [s.id, s]));

/** The test's own reading of a comment that makes a weekday depend on the week (parity, nth of the month). */
const limitsWeeks = /pair|impair|sur deux|une semaine sur|du mois|sem(aine)? du mois/i;

test('every comment of the national list: listed in the report with what it became, and none left silently weekly', () => {
  const table: string[] = [];
  for (const row of rows) {
    const s = structures.get(`fs-${row.id_fs}`);
    if (!s || row.commentaire.trim() === '') continue;
    const remarks = report.details.find((d) => d.idFs === row.id_fs)?.remarks ?? [];
    const said = remarks.filter((r) => r.column === 'commentaire').map((r) => r.handling);
    table.push(`${row.id_fs}: ${said.join('; ') || '(nothing)'}`);
    if (s.sourceNote !== undefined || !/@/.test(row.commentaire))
      assert.ok(said.length > 0, `fs-${row.id_fs}: the report says what its comment became`);
    assert.doesNotMatch(s.sourceNote ?? '', /\\x[0-9a-f]{2}/i, `fs-${row.id_fs}: escape codes decoded`);
    if (limitsWeeks.test(row.commentaire) && s.hours !== null)
      assert.ok(
        s.hoursVary !== undefined || /\[|week/.test(s.hours),
        `fs-${row.id_fs} "${row.commentaire}" → "${s.hours}": converted into rules, or no live state`,
      );
  }
  assert.ok(table.length > 800, `${table.length} comments`);
});

test('Multisites rows have no live state and no single pin; implausible cells are to be checked', () => {
  let multisites = 0;
  for (const row of rows) {
    const s = structures.get(`fs-${row.id_fs}`);
    if (!s) continue;
    if (row.format_fs === 'Multisites') {
      multisites++;
      assert.equal(s.hoursVary, 'several-places', `fs-${row.id_fs}`);
      assert.equal(s.position, null, `fs-${row.id_fs}: no single pin on the map`);
    }
    const cells = [row.h_lundi, row.h_mardi, row.h_mercredi, row.h_jeudi, row.h_vendredi, row.h_samedi].join(' ');
    const odd = [...cells.matchAll(/(\d\d):(\d\d)/g)].some(([, , m]) => Number(m) % 5 !== 0);
    if (odd && s.hoursVary !== 'several-places') assert.equal(s.hoursVary, 'to-check', `fs-${row.id_fs} "${cells}"`);
  }
  assert.equal(multisites, 174);
});

test('the audit examples on a kiosk: week rules, several places, hours to check, appointments, escape codes', (t) => {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: withTemp(t) });
  t.after(() => kiosk.close());
  const openAt = (id: string, territoryId: string, date: { y: number; mo: number; d: number }, h: number) => {
    const territory = listTerritories(kiosk.db).find((x) => x.id === territoryId)!;
    const at = wallToUtc({ ...date, h, mi: 0 }, territory.timezone);
    ensureFreshIntervals(kiosk.db, [territory], new Date(at));
    return openState(kiosk.db, id, at).open;
  };
  // fs-11 (03): "Ouvert le premier samedi du mois de 9h à 12h".
  assert.equal(openAt('fs-11', '03', { y: 2026, mo: 12, d: 5 }, 10), true, 'first Saturday');
  assert.equal(openAt('fs-11', '03', { y: 2026, mo: 12, d: 12 }, 10), false, 'second Saturday');
  // fs-1299 (34): "1er et 3ème lundi du mois", afternoons.
  assert.equal(openAt('fs-1299', '34', { y: 2026, mo: 12, d: 7 }, 15), true, 'first Monday');
  assert.equal(openAt('fs-1299', '34', { y: 2026, mo: 12, d: 14 }, 15), false, 'second Monday');

  const place = (id: string) => getPlace(kiosk.db, new Date('2026-12-10T10:00:00Z'), id, 'ar')!;
  const multisite = place('fs-2165'); // "Lundi, mardi: Ploumagoar / Jeudi: Pabu / Vendredi: Plouisy"
  assert.equal(multisite.state, 'unknown');
  assert.equal(multisite.position, null);
  assert.ok(multisite.notes.includes('تتنقل هذه الخدمة بين عدة أماكن: اتصل قبل الذهاب.'));
  const odd = place('fs-822'); // Mo-Fr 08:12-14:18
  assert.equal(odd.state, 'unknown');
  assert.equal(odd.closesAt, null);
  const saturdays = place('fs-3152'); // "Ouverture le samedi une semaine sur deux": which weeks is not said
  assert.equal(saturdays.state, 'unknown');
  assert.ok(saturdays.notes.includes('تتغير مواعيد العمل من أسبوع لآخر: اتصل قبل الذهاب.'));
  assert.equal(structures.get('fs-472')!.appointmentNote, 'appointment.fs-only'); // "Sur rendez-vous"
  assert.equal(structures.get('fs-518')!.appointmentNote, 'appointment.fs-some-days'); // "lundi et jeudi sur RDV"
  assert.match(structures.get('fs-589')!.sourceNote!, /^Le bus dessert/);
});
