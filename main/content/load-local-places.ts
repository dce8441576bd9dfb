import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { checkHours } from '../hours/engine';
import type { ContentProblem } from './problems';
import type { Territory } from './schema';
import type { PlacePhrases, Structure } from './structure-schema';
import { localPlacesFile, localPlacesFileSchema, type LocalPlace } from './local-place-schema';

type ParseFile = <T>(file: string, schema: z.ZodType, problems: ContentProblem[]) => T | undefined;

/**
 * The places staff added on kiosks, carried by a pack (absent from the shipped data/: an empty list). Checked
 * like structures: a known territory, hours the engine reads, a translated appointment note, no id twice.
 */
export function loadLocalPlaces(
  dir: string,
  parse: ParseFile,
  problems: ContentProblem[],
  context: { territories?: Territory[]; structures: Structure[]; phrases: Record<string, PlacePhrases> },
): LocalPlace[] {
  if (!existsSync(join(dir, localPlacesFile))) return [];
  const places = parse<LocalPlace[]>(localPlacesFile, localPlacesFileSchema, problems) ?? [];
  const zones = new Map((context.territories ?? []).map((t) => [t.id, t]));
  const taken = new Set(context.structures.map((s) => s.id));
  const say = (i: number, field: string, message: string) =>
    problems.push({ file: localPlacesFile, field: `[${i}].${field}`, message });
  places.forEach((p, i) => {
    if (taken.has(p.id)) say(i, 'id', `"${p.id}" is already used`);
    taken.add(p.id);
    const zone = zones.get(p.territory);
    if (!zone) say(i, 'territory', `"${p.territory}" is not a territory of the content`);
    const problem = zone && p.hours !== null ? checkHours(p.hours, zone) : null;
    if (problem) say(i, 'hours', problem.message);
    if (p.appointmentNote !== null && context.phrases.fr?.[p.appointmentNote] === undefined)
      say(i, 'appointmentNote', `"${p.appointmentNote}" is not a phrase of translations/places/fr.json`);
  });
  return places;
}
