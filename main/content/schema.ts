import { z } from 'zod';
import type { Phrases, Procedure } from './procedure-schema';
import { sourceSchema } from './source-schema';
import type { PlacePhrases, Structure } from './structure-schema';
import type { LocalPlace } from './local-place-schema';
import { themeId } from '../../common/ids';

export { sourceSchema } from './source-schema';

export const manifestSchema = z
  .object({
    contentVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/, 'format YYYY.MM.DD-N'),
    date: z.iso.date(),
    defaultTerritory: z.string().min(1),
  })
  .strict();

export const territorySchema = z
  .object({
    id: z.string().regex(/^[0-9A-Z]{2,3}$/),
    name: z.string().min(1),
    timezone: z.string().min(1),
    center: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict(),
    /** The map's frame [west, south, east, north], in degrees. */
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).refine(([w, s, e, n]) => w < e && s < n, {
      message: 'west < east and south < north',
    }),
    /** Public holidays as the opening_hours package knows them (country code, region name). */
    holidays: z.object({ country: z.string().regex(/^[a-z]{2}$/), state: z.string().min(1) }).strict(),
    source: sourceSchema,
  })
  .strict();

export const themeSchema = z
  .object({
    id: themeId,
    pictogram: z.string().regex(/^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$/, 'an OpenMoji code such as 1F3E0'),
    source: sourceSchema,
  })
  .strict();

export const territoriesFileSchema = z.array(territorySchema).min(1);
export const themesFileSchema = z.array(themeSchema).min(1);

export type Source = z.infer<typeof sourceSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Territory = z.infer<typeof territorySchema>;
export type Theme = z.infer<typeof themeSchema>;

export interface Content {
  manifest: Manifest;
  territories: Territory[];
  themes: Theme[];
  procedures: Procedure[];
  /** Content phrases by language: translations/<lang>.json (French is the source). */
  phrases: Record<string, Phrases>;
  structures: Structure[];
  /** Structure-facing phrases by locale: locale → phrase id → text. */
  placePhrases: Record<string, PlacePhrases>;
  /** Places staff added on kiosks, carried by a pack (local-places.json); none in the shipped data/. */
  localPlaces: LocalPlace[];
}
