import { z } from 'zod';
import { sourceSchema } from './source-schema';
import { procedureId, themeId } from '../../common/ids';

/**
 * data/procedures.json: what each procedure requires (and what may NOT be required), its easy-to-read
 * sentences and its useful numbers. Texts are not here: every text is a phrase id whose French lives in
 * data/translations/fr.json and whose translations live in data/translations/<lang>.json. Phrase ids are
 * derived from the structure (see phraseIds below), so they are stable and double as recorded-clip keys.
 */
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
const pictogramSchema = z.string().regex(/^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$/, 'an OpenMoji code such as 1F3E0');
/** A fact true in one territory only (e.g. the CGSS agency in Schœlcher): shown only on that territory's kiosks. */
const territorySchema = z
  .string()
  .regex(/^[0-9A-Z]{2,3}$/)
  .optional();

export const sentenceSchema = z
  .object({ id: idSchema, pictogram: pictogramSchema, territory: territorySchema, source: sourceSchema })
  .strict();

/** required: always bring it; one-of: bring one document of the group; if-available: bring it if you have it. */
export const checklistItemSchema = z
  .object({
    id: idSchema,
    pictogram: pictogramSchema,
    need: z.enum(['required', 'one-of', 'if-available']),
    /** Items of the same group are alternatives: one of them is enough. */
    group: idSchema.optional(),
    /** True when the item has a note (phrase <procedure>.item.<id>.note). */
    note: z.boolean().default(false),
    territory: territorySchema,
    source: sourceSchema,
  })
  .strict()
  .refine((i) => (i.need === 'one-of') === (i.group !== undefined), {
    message: 'a one-of item names its group, and only one-of items do',
    path: ['group'],
  });

export const usefulNumberSchema = z
  .object({
    id: idSchema,
    pictogram: pictogramSchema,
    kind: z.enum(['phone', 'email', 'web']),
    value: z.string().min(2).max(200),
    territory: territorySchema,
    source: sourceSchema,
  })
  .strict();

export const officialPageSchema = z
  .object({
    /** How the page is named on the sheet, e.g. "ameli.fr – Aide médicale de l'État". */
    name: z.string().min(3),
    /** Absent when no exact official address is known: then no QR code is printed. */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** The address comes from a seed document and has not been checked online from this machine. */
    toBeVerified: z.boolean(),
    /** A territory's own page (e.g. its préfecture): elsewhere no QR code is printed. */
    territory: territorySchema,
    source: sourceSchema,
  })
  .strict();

export const procedureSchema = z
  .object({
    id: procedureId,
    themes: z.array(themeId).min(1),
    pictogram: pictogramSchema,
    territory: territorySchema,
    sentences: z.array(sentenceSchema).min(1).max(8),
    checklist: z.array(checklistItemSchema),
    /**
     * An empty checklist means "no source lists the documents", never "nothing": the kiosk then says to ask at
     * the desk. Only this, with the source that says so, lets an empty checklist say no document is needed.
     */
    nothingRequired: z.object({ source: sourceSchema }).strict().optional(),
    /** "Cannot be required of you": what the seeds say may not be asked. */
    notRequired: z.array(sentenceSchema),
    numbers: z.array(usefulNumberSchema),
    officialPage: officialPageSchema,
    source: sourceSchema,
  })
  .strict()
  .refine((p) => p.nothingRequired === undefined || p.checklist.length === 0, {
    message: 'a procedure that lists documents cannot also say that none is required',
    path: ['nothingRequired'],
  });

export const proceduresFileSchema = z.array(procedureSchema);

/** A translations file: phrase id → text. */
export const translationsFileSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a phrase id'),
  z.string().trim().min(1, 'an empty translation'),
);

export type Procedure = z.infer<typeof procedureSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Phrases = Record<string, string>;

/** The phrase ids a procedure uses; the single place where they are derived. */
export const phraseId = {
  title: (p: string) => `${p}.title`,
  sentence: (p: string, s: string) => `${p}.s.${s}`,
  item: (p: string, i: string) => `${p}.item.${i}`,
  note: (p: string, i: string) => `${p}.item.${i}.note`,
  notRequired: (p: string, n: string) => `${p}.not.${n}`,
  number: (p: string, n: string) => `${p}.num.${n}`,
};

/** Every phrase id one procedure needs, each with the field that asks for it (for error messages). */
export function phraseIds(p: Procedure, index: number): { id: string; field: string }[] {
  const at = `[${index}]`;
  return [
    { id: phraseId.title(p.id), field: `${at}.id` },
    ...p.sentences.map((s, i) => ({ id: phraseId.sentence(p.id, s.id), field: `${at}.sentences[${i}]` })),
    ...p.checklist.flatMap((item, i) => [
      { id: phraseId.item(p.id, item.id), field: `${at}.checklist[${i}]` },
      ...(item.note ? [{ id: phraseId.note(p.id, item.id), field: `${at}.checklist[${i}].note` }] : []),
    ]),
    ...p.notRequired.map((n, i) => ({ id: phraseId.notRequired(p.id, n.id), field: `${at}.notRequired[${i}]` })),
    ...p.numbers.map((n, i) => ({ id: phraseId.number(p.id, n.id), field: `${at}.numbers[${i}]` })),
  ];
}
