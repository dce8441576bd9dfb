import type { z } from 'zod';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkHours } from '../hours/engine';
import { supportedLocales } from '../services/settings';
import type { ContentProblem } from './load';
import type { Territory } from './schema';
import {
  placePhrasesFileSchema,
  structuresFileSchema,
  type PlacePhrases,
  type Structure,
  type StructureRecord,
} from './structure-schema';

type ParseFile = <T>(file: string, schema: z.ZodType, problems: ContentProblem[]) => T | undefined;

export const structuresDir = 'structures';
export const placePhrasesDir = join('translations', 'places');

/** data/structures/<territory>.json: each file's structures belong to the territory its name gives. */
export function loadStructures(dir: string, parse: ParseFile, problems: ContentProblem[]): Structure[] {
  const folder = join(dir, structuresDir);
  if (!existsSync(folder)) return [];
  const out: Structure[] = [];
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `${structuresDir}/${name}`;
    const records = parse<StructureRecord[]>(file, structuresFileSchema, problems);
    if (records) out.push(...records.map((r) => ({ ...r, territory: name.replace(/\.json$/, '') })));
  }
  return out;
}

/** data/translations/places/<locale>.json for every supported locale. */
export function loadPlacePhrases(dir: string, parse: ParseFile, problems: ContentProblem[]) {
  const phrases: Record<string, PlacePhrases> = {};
  for (const locale of supportedLocales) {
    const file = `${placePhrasesDir.replace(/\\/g, '/')}/${locale}.json`;
    const p = parse<PlacePhrases>(file, placePhrasesFileSchema, problems);
    if (p) phrases[locale] = p;
  }
  return phrases;
}

/** Rules across structures, territories and phrases: ids, hours syntax, phrase references, honest gaps. */
export function checkStructures(
  structures: Structure[],
  territories: Territory[],
  phrases: Record<string, PlacePhrases>,
  problems: ContentProblem[],
): void {
  const byTerritory = new Map(territories.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const indexInFile = new Map<string, number>();
  const source = phrases.fr ?? {};
  for (const s of structures) {
    const file = `${structuresDir}/${s.territory}.json`;
    const i = indexInFile.get(file) ?? 0;
    indexInFile.set(file, i + 1);
    const at = (field: string, message: string) => problems.push({ file, field: `[${i}].${field}`, message });
    const territory = byTerritory.get(s.territory);
    if (!territory) at('id', `the file name "${s.territory}" is not a territory in territories.json`);
    if (seen.has(s.id)) at('id', `duplicate id "${s.id}"`);
    seen.add(s.id);
    if (s.hours !== null && territory) {
      const problem = checkHours(s.hours, territory);
      if (problem) {
        const where = problem.position === null ? '' : ` at position ${problem.position}`;
        at('hours', `structure "${s.id}": hours "${problem.hours}" is not valid${where}: ${problem.message}`);
      }
    }
    const used = [s.appointmentNote, s.accessibility, s.temporaryClosure?.reason, ...s.notes].filter(
      (p): p is string => typeof p === 'string',
    );
    for (const id of used) if (!(id in source)) at('notes', `phrase "${id}" is not in ${placePhrasesDir}/fr.json`);
    const gaps: [unknown, string][] = [
      [s.address, 'address'],
      [s.hours, 'hours'],
      [s.phones.length > 0 ? s.phones : null, 'phone'],
      [s.position, 'position'],
    ];
    for (const [value, fact] of gaps)
      if (value === null && !s.toBeVerified.includes(fact as never))
        at('toBeVerified', `${fact} is missing, so it must be listed as "to be verified"`);
  }
  for (const [locale, p] of Object.entries(phrases)) {
    if (locale === 'fr') continue;
    const file = `${placePhrasesDir}/${locale}.json`;
    for (const key of Object.keys(source))
      if (!(key in p)) problems.push({ file, field: key, message: 'missing translation' });
    for (const key of Object.keys(p))
      if (!(key in source)) problems.push({ file, field: key, message: 'not a phrase of fr.json' });
  }
}
