// Builds the shipped content for every département from the copied open data (sources/, see the README):
// data/territories.json, data/maps/<code>.json and data/structures/national/<code>.json, and prints the
// import report's totals. Run after updating sources/: `npx tsx scripts/content/build-france-services.ts`.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { buildNationalContent, structuresFileText } from '../../main/importer/build-content';
import { franceServicesDataset, outlinesDataset } from '../../main/importer/dataset';
import { nationalDir } from '../../main/content/load-national';

const csv = readFileSync(join(projectRoot, franceServicesDataset.file), 'utf8');
const geojson = JSON.parse(readFileSync(join(projectRoot, outlinesDataset.file), 'utf8')) as unknown;
const built = buildNationalContent(csv, geojson);

writeFileSync(join(defaultContentDir, 'territories.json'), `${JSON.stringify(built.territories, null, 2)}\n`);
const mapsDir = join(defaultContentDir, 'maps');
mkdirSync(mapsDir, { recursive: true });
for (const [code, map] of built.maps) writeFileSync(join(mapsDir, `${code}.json`), `${JSON.stringify(map)}\n`);
const structuresDir = join(defaultContentDir, nationalDir);
rmSync(structuresDir, { recursive: true, force: true });
mkdirSync(structuresDir, { recursive: true });
for (const [code, rows] of built.structures)
  writeFileSync(join(structuresDir, `${code}.json`), structuresFileText(rows));

const r = built.report;
console.log(`${built.territories.length} territories, ${readdirSync(mapsDir).length} maps`);
console.log(`${r.rows} rows: ${r.imported} imported cleanly, ${r.warnings} with a warning, ${r.refused} refused`);
