import type { Territory } from '../content/schema';
import type { StructureRecord } from '../content/structure-schema';
import { franceServicesDataset } from './dataset';
import { readDepartements, toMapFile, toTerritory } from './departements';
import { importFranceServices, type ImportReport } from './import-csv';

export interface NationalContent {
  territories: Territory[];
  /** data/maps/<code>.json contents. */
  maps: Map<string, ReturnType<typeof toMapFile>>;
  /** data/structures/national/<code>.json contents. */
  structures: Map<string, StructureRecord[]>;
  report: ImportReport;
}

/**
 * The shipped content for every département, from the two copied open-data files: territories (zone,
 * holidays, map frame), map outlines and the national list's structures. Pure: the test regenerates it
 * and compares with the committed files.
 */
export function buildNationalContent(csvText: string, geojson: unknown): NationalContent {
  const departements = readDepartements(geojson).sort((a, b) => a.code.localeCompare(b.code));
  const territories = departements.map(toTerritory);
  const maps = new Map(departements.map((d, i) => [d.code, toMapFile(d, territories[i]!)]));
  const codes = new Set(departements.map((d) => d.code));
  const { byDepartement, report } = importFranceServices(csvText, {
    isTerritory: (code) => codes.has(code),
    dataset: `${franceServicesDataset.name}, ${franceServicesDataset.date}`,
  });
  return { territories, maps, structures: byDepartement, report };
}

/** One structure per line: compact, and a change to one row is one line of diff. */
export function structuresFileText(rows: StructureRecord[]): string {
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
