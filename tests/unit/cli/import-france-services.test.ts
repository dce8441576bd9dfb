import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';
import { projectRoot } from '../../../main/paths';
import { structureSchema } from '../../../main/content/structure-schema';

const csvFile = join(projectRoot, 'sources/france-services/liste-fs-20240801.csv');

interface Report {
  rows: number;
  imported: number;
  warnings: number;
  refused: number;
  details: { idFs: string; outcome: string; remarks: { column: string; cell: string; handling: string }[] }[];
}

test('import-france-services --departement 974 writes the structures and a report naming each repair and its cell', () => {
  const t = tempDir();
  try {
    const reportFile = join(t.dir, 'report.json');
    const r = runCli([
      'import-france-services',
      csvFile,
      '--departement',
      '974',
      '--out',
      t.dir,
      '--report',
      reportFile,
    ]);
    assert.equal(r.status, 0, r.stderr);
    const rows = (parse(readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[]).filter(
      (x) => x.insee_dep === '974',
    );
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    assert.equal(report.rows, rows.length);
    assert.equal(report.imported + report.warnings, rows.length);
    const written = JSON.parse(readFileSync(join(t.dir, 'structures/national/974.json'), 'utf8')) as unknown[];
    assert.equal(written.length, rows.length);
    for (const s of written) structureSchema.parse(s);
    // Row 1987, h_lundi "00:00 - 00:00 / 08:00 - 15:00 / 08:00 - 16:00 / 08:00 - 16:00".
    const row1987 = report.details.find((d) => d.idFs === '1987')!;
    assert.equal(row1987.outcome, 'warning');
    const monday = row1987.remarks.filter((m) => m.column === 'h_lundi');
    assert.ok(monday.some((m) => /placeholder/.test(m.handling)));
    assert.ok(monday.some((m) => /merged/.test(m.handling)));
    assert.equal(monday[0]!.cell, '00:00 - 00:00 / 08:00 - 15:00 / 08:00 - 16:00 / 08:00 - 16:00');
    const s1987 = written.find((s) => (s as { id: string }).id === 'fs-1987') as { hours: string };
    // Monday's three real ranges overlap: one range, 08:00-16:00, as Tuesday's.
    assert.match(s1987.hours, /^Mo-\w\w 08:00-16:00;/);
    // The text report says it too.
    assert.match(r.stdout, /id_fs 1987 \(974\) warning/);
  } finally {
    t.cleanup();
  }
});

test('import-france-services refuses an unknown département or a missing file with exit code 2', () => {
  assert.equal(runCli(['import-france-services', csvFile, '--departement', '20']).status, 2);
  assert.equal(runCli(['import-france-services', join(projectRoot, 'nope.csv')]).status, 2);
  assert.equal(runCli(['import-france-services']).status, 2);
});
