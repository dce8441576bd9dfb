import { z } from 'zod';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkHours } from '../hours/engine';
import { isSimpleWeeklyHours } from '../hours/simple-hours';
import { supportedLocales } from '../../common/locales';
import type { ContentProblem } from './problems';
import type { Territory } from './schema';
import { staffClosureReasons } from '../../common/api/staff-contract';
import {
  placePhrasesFileSchema,
  structureSchema,
  type PlacePhrases,
  type Structure,
  type StructureRecord,
} from './structure-schema';

type ParseFile = <T>(file: string, schema: z.ZodType, problems: ContentProblem[]) => T | undefined;

export const structuresDir = 'structures';
export const placePhrasesDir = join('translations', 'places');

export interface StructureEntry {
  structure: Structure;
  file: string;
  /** Position in its file, for error fields such as "[3].hours". */
  index: number;
}

const rowsSchema = z.array(z.unknown());

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * data/structures/<territory>.json: each file's structures belong to the territory its name gives.
 * Each row is checked on its own, so one broken row does not hide the problems of the others.
 */
export function loadStructures(dir: string, parse: ParseFile, problems: ContentProblem[]): StructureEntry[] {
  const folder = join(dir, structuresDir);
  if (!existsSync(folder)) return [];
  const out: StructureEntry[] = [];
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `${structuresDir}/${name}`;
    const rows = parse<unknown[]>(file, rowsSchema, problems);
    if (!rows) continue;
    rows.forEach((row, index) => {
      const result = structureSchema.safeParse(row);
      if (result.success) {
        const structure = { ...(result.data as StructureRecord), territory: name.replace(/\.json$/, '') };
        out.push({ structure, file, index });
      } else {
        for (const issue of result.error.issues)
          problems.push({ file, field: `[${index}]${fieldPath(issue.path)}`, message: issue.message });
      }
    });
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
  entries: StructureEntry[],
  territories: Territory[],
  phrases: Record<string, PlacePhrases>,
  problems: ContentProblem[],
): void {
  const byTerritory = new Map(territories.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const source = phrases.fr ?? {};
  // The same hours string recurs across the national list; its syntax does not depend on the département.
  const checked = new Map<string, ReturnType<typeof checkHours>>();
  for (const { structure: s, file, index: i } of entries) {
    const at = (field: string, message: string) => problems.push({ file, field: `[${i}].${field}`, message });
    const territory = byTerritory.get(s.territory);
    if (!territory) at('id', `the file name "${s.territory}" is not a territory in territories.json`);
    if (seen.has(s.id)) at('id', `duplicate id "${s.id}"`);
    seen.add(s.id);
    if (s.hours !== null && territory) {
      const key = `${territory.holidays.country}\u0000${s.hours}`;
      if (!checked.has(key)) checked.set(key, isSimpleWeeklyHours(s.hours) ? null : checkHours(s.hours, territory));
      const problem = checked.get(key)!;
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
  // Staff pick closure reasons from a fixed list (common/api/staff-contract.ts): each must be a translated phrase.
  for (const id of staffClosureReasons)
    if (!(id in source))
      problems.push({ file: `${placePhrasesDir}/fr.json`, field: id, message: 'staff closure reason missing' });
  for (const [locale, p] of Object.entries(phrases)) {
    if (locale === 'fr') continue;
    const file = `${placePhrasesDir}/${locale}.json`;
    for (const key of Object.keys(source))
      if (!(key in p)) problems.push({ file, field: key, message: 'missing translation' });
    for (const key of Object.keys(p))
      if (!(key in source)) problems.push({ file, field: key, message: 'not a phrase of fr.json' });
  }
}
