import { z } from 'zod';
import type { Phrases, Procedure } from './procedure-schema';

/** Where a fact comes from: a seed document (file + section) or a named official source. */
export const sourceSchema = z
  .object({
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .optional(),
    section: z.string().min(1).optional(),
    official: z.string().min(1).optional(),
    url: z.url().optional(),
  })
  .strict()
  .refine((s) => s.seed !== undefined || s.official !== undefined, {
    message: 'a source names a seed file or an official source',
  });

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
    source: sourceSchema,
  })
  .strict();

export const themeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/),
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
}
