import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from './problems';
import { structureSchema, type StructureRecord } from './structure-schema';
import type { StructureEntry } from './load-structures';

type ParseFile = <T>(file: string, schema: z.ZodType, problems: ContentProblem[]) => T | undefined;

/** Structures generated from the national list of France Services (scripts/content/build-france-services.ts). */
export const nationalDir = 'structures/national';
export const counterpartsFile = 'counterparts.json';

/**
 * data/counterparts.json, edited by hand: which national rows are the same place as a hand-typed structure.
 * Those rows are not shown as places of their own; they are kept beside the hand-typed structure so the
 * kiosk, the reconcile command and the staff screen can say where the two sources disagree.
 */
export const counterpartsFileSchema = z.array(
  z
    .object({
      structure: z.string().min(1),
      national: z.array(z.string().regex(/^fs-\d+$/)).min(1),
      note: z.string().min(1),
    })
    .strict(),
);
export type Counterparts = z.infer<typeof counterpartsFileSchema>;

const nationalFileSchema = z.array(structureSchema);

/** Reads data/structures/national/<territory>.json (compact generated files, one per département). */
export function loadNational(dir: string, parse: ParseFile, problems: ContentProblem[]): StructureEntry[] {
  const folder = join(dir, nationalDir);
  if (!existsSync(folder)) return [];
  const out: StructureEntry[] = [];
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `${nationalDir}/${name}`;
    const rows = parse<StructureRecord[]>(file, nationalFileSchema, problems);
    rows?.forEach((structure, index) =>
      out.push({ structure: { ...structure, territory: name.replace(/\.json$/, '') }, file, index }),
    );
  }
  return out;
}

/**
 * The hand-typed structures stay as they are; the national rows they already cover are taken out of the
 * list and attached to them as `national`. A row named twice or a name that does not exist is a problem.
 */
export function mergeNational(
  hand: StructureEntry[],
  national: StructureEntry[],
  counterparts: Counterparts,
  problems: ContentProblem[],
): StructureEntry[] {
  const byId = new Map(national.map((e) => [e.structure.id, e]));
  const handById = new Map(hand.map((e) => [e.structure.id, e]));
  const covered = new Set<string>();
  counterparts.forEach((c, i) => {
    const at = (field: string, message: string) =>
      problems.push({ file: counterpartsFile, field: `[${i}].${field}`, message });
    const owner = handById.get(c.structure);
    if (!owner) return at('structure', `"${c.structure}" is not a hand-typed structure`);
    const rows = c.national.map((id) => byId.get(id));
    c.national.forEach((id, j) => {
      if (!byId.get(id)) at(`national[${j}]`, `"${id}" is not in ${nationalDir}/`);
      if (covered.has(id)) at(`national[${j}]`, `"${id}" is already the counterpart of another structure`);
      covered.add(id);
    });
    owner.structure = {
      ...owner.structure,
      national: rows
        .filter((r) => r !== undefined)
        .map(({ structure: s }) => ({
          id: s.id,
          name: s.name,
          phones: s.phones,
          hours: s.hours,
          mobile: s.mobile,
          source: s.source.official ?? '',
        })),
    };
  });
  return [...hand, ...national.filter((e) => !covered.has(e.structure.id))];
}
