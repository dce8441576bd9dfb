import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliCommand } from '../command';
import { stringFlag } from '../../args';
import { cliDefaults } from '../defaults';
import { territoriesFileSchema } from '../../content/schema';
import { nationalDir } from '../../content/load-national';
import { formatReport, importFranceServices } from '../../importer/import-csv';
import { structuresFileText } from '../../importer/build-content';
import { franceServicesDataset } from '../../importer/dataset';

/**
 * `import-france-services <csv> [--departement 69] [--out DIR] [--report FILE] [--json]`: the national list
 * → content structures (DIR/structures/national/<code>.json, a content folder or pack's layout) and a report
 * of every row. Without --out it only reports.
 */
export const importFranceServicesCommand: CliCommand = {
  name: 'import-france-services',
  usage: [
    'import-france-services <csv> [--departement CODE] [--out DIR] [--report FILE] [--json]   national list → structures + report',
  ],
  flags: { 'content-dir': 'string', departement: 'string', out: 'string', report: 'string', json: 'boolean' },
  words: 1,
  run: (args) => {
    const csvFile = args.positional[0];
    if (!csvFile) {
      console.error('Name the CSV file: import-france-services liste-fs-20240801.csv');
      return 2;
    }
    let csv: string;
    try {
      csv = readFileSync(resolve(csvFile), 'utf8');
    } catch {
      console.error(`Cannot read "${csvFile}".`);
      return 2;
    }
    const contentDir = resolve(stringFlag(args, 'content-dir') ?? cliDefaults().contentDir);
    const territories = territoriesFileSchema.parse(
      JSON.parse(readFileSync(join(contentDir, 'territories.json'), 'utf8')),
    );
    const codes = new Set(territories.map((t) => t.id));
    const departement = stringFlag(args, 'departement');
    if (departement !== undefined && !codes.has(departement)) {
      console.error(`--departement must be one of the content's territories (${codes.size}), such as 69 or 2A.`);
      return 2;
    }
    const { byDepartement, report } = importFranceServices(csv, {
      isTerritory: (code) => codes.has(code),
      dataset: `${csvFile} (${franceServicesDataset.name})`,
      ...(departement !== undefined ? { departement } : {}),
    });
    const out = stringFlag(args, 'out');
    if (out !== undefined) {
      const dir = join(resolve(out), nationalDir);
      mkdirSync(dir, { recursive: true });
      for (const [code, rows] of byDepartement) writeFileSync(join(dir, `${code}.json`), structuresFileText(rows));
    }
    const reportFile = stringFlag(args, 'report');
    if (reportFile !== undefined) writeFileSync(resolve(reportFile), `${JSON.stringify(report, null, 2)}\n`);
    console.log(args.flags.has('json') ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  },
};
