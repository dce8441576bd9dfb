import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { buildNationalContent } from '../../../main/importer/build-content';
import { franceServicesDataset, outlinesDataset } from '../../../main/importer/dataset';
import { openKiosk } from '../../../main/services/kiosk';
import { listTerritories } from '../../../main/services/content-store';
import { ensureFreshIntervals, openState, structuresOf } from '../../../main/services/structure-store';
import { wallToUtc } from '../../../main/hours/zoned';
import { tempDir } from '../../helpers/temp';

const csvText = readFileSync(join(projectRoot, franceServicesDataset.file), 'utf8');
const geojson = JSON.parse(readFileSync(join(projectRoot, outlinesDataset.file), 'utf8')) as unknown;
/** The CSV read independently: header + rows as arrays of cells. */
const [header, ...cells] = parse(csvText) as string[][];
const col = (name: string) => header!.indexOf(name);
const covered = (
  JSON.parse(readFileSync(join(defaultContentDir, 'counterparts.json'), 'utf8')) as { national: string[] }[]
)
  .flatMap((c) => c.national)
  .map((id) => id.replace(/^fs-/, ''));

test('the shipped content is exactly what the converter makes of the copied open data', () => {
  const built = buildNationalContent(csvText, geojson);
  const committed = (file: string) => JSON.parse(readFileSync(join(defaultContentDir, file), 'utf8')) as unknown;
  assert.deepEqual(committed('territories.json'), built.territories);
  assert.deepEqual(readdirSync(join(defaultContentDir, 'structures/national')).length, built.structures.size);
  for (const [code, rows] of built.structures)
    assert.deepEqual(committed(`structures/national/${code}.json`), rows, code);
  for (const [code, map] of built.maps) assert.deepEqual(committed(`maps/${code}.json`), map, code);
  // Read from the cells: type_fs Antenne → said "antenna"; format_fs Bus_équivalent / Itinérante → mobile.
  const byId = new Map([...built.structures.values()].flat().map((s) => [s.id, s]));
  let antennas = 0;
  for (const row of cells) {
    const s = byId.get(`fs-${row[col('id_fs')]}`);
    if (!s) continue;
    const antenna = row[col('type_fs')] === 'Antenne';
    antennas += antenna ? 1 : 0;
    assert.equal(s.notes.includes('note.fs-antenna'), antenna, s.id);
    assert.equal(s.mobile, ['Bus_équivalent', 'Itinérante'].includes(row[col('format_fs')]!), s.id);
    assert.equal(s.name, row[col('lib_fs')]!.trim());
  }
  assert.ok(antennas > 100);
  // 2,845 rows: the two of Saint-Martin (978, not a département) are refused, each with its reason.
  assert.equal(built.report.rows, 2845);
  assert.equal(built.report.refused, 2);
  assert.deepEqual(
    built.report.details.filter((d) => d.outcome === 'refused').map((d) => d.departement),
    ['978', '978'],
  );
});

/** Independent reading of one weekday cell: is minute-of-day `m` inside a real range? */
function openInCell(cell: string, m: number): boolean {
  return cell
    .split('/')
    .map((r) => r.trim().match(/^(\d\d):(\d\d) - (\d\d):(\d\d)$/))
    .some((x) => {
      if (!x) return false;
      const a = Number(x[1]) * 60 + Number(x[2]);
      const b = Number(x[3]) * 60 + Number(x[4]);
      return a < b && a <= m && m < b;
    });
}

test('the whole national list imported: count per département and open state of sampled rows at local times', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
  try {
    const territories = listTerritories(kiosk.db);
    const expected = new Map<string, number>();
    for (const row of cells) {
      const dep = row[col('insee_dep')]!;
      if (!covered.includes(row[col('id_fs')]!)) expected.set(dep, (expected.get(dep) ?? 0) + 1);
    }
    for (const territory of territories) {
      const national = structuresOf(kiosk.db, territory.id).filter((s) => /^fs-\d+$/.test(s.id));
      assert.equal(national.length, expected.get(territory.id) ?? 0, `département ${territory.id}`);
    }
    // Fixed local times in a week without public holidays: Tuesday 8 to Saturday 12 December 2026.
    const moments = [
      { date: { y: 2026, mo: 12, d: 8 }, column: 'h_mardi', h: 10, mi: 0 },
      { date: { y: 2026, mo: 12, d: 9 }, column: 'h_mercredi', h: 13, mi: 15 },
      { date: { y: 2026, mo: 12, d: 10 }, column: 'h_jeudi', h: 16, mi: 45 },
      { date: { y: 2026, mo: 12, d: 12 }, column: 'h_samedi', h: 11, mi: 30 },
    ];
    let checked = 0;
    cells.forEach((row, i) => {
      if (i % 23 !== 0 || covered.includes(row[col('id_fs')]!)) return;
      const territory = territories.find((x) => x.id === row[col('insee_dep')]);
      if (!territory || row[col('commentaire')]!.match(/ferm[ée]+ suite/i)) return;
      for (const m of moments) {
        const at = wallToUtc({ ...m.date, h: m.h, mi: m.mi }, territory.timezone);
        ensureFreshIntervals(kiosk.db, [territory], new Date(at));
        const cell = row[col(m.column)]!;
        const state = openState(kiosk.db, `fs-${row[col('id_fs')]}`, at);
        assert.equal(state.open, openInCell(cell, m.h * 60 + m.mi), `id_fs ${row[col('id_fs')]} ${m.column} "${cell}"`);
        checked++;
      }
    });
    assert.ok(checked > 400, `${checked} checks`);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
