import { z } from 'zod';
import { sourceSchema } from './source-schema';
import { frenchPhonePattern, lang, structureCategories, structureId, themeIds } from '../../common/ids';
import { hoursOutOfBounds } from './bounds';

/**
 * An opening-hours string within the content's bounds (bounds.ts), in OSM opening_hours syntax (the opening_hours
 * package checks it at load); null = unknown. Shared by the content's places and the places staff add.
 */
export const openingHoursField = z
  .string()
  .min(1)
  .superRefine((h, ctx) => {
    const why = hoursOutOfBounds(h);
    if (why) ctx.addIssue({ code: 'custom', message: `opening hours ${why}: refused` });
  })
  .nullable();

/** A French postcode (five digits), or null. */
export const postcodeField = z
  .string()
  .regex(/^\d{5}$/)
  .nullable();

/** Agreed procedure and theme ids (docs: COMMON brief); a structure may only name these. */
export const procedureIds = [
  'ame-first-request',
  'ame-renewal',
  'puma-css',
  'pass',
  'social-security-number',
  'school-enrolment',
  'bank-account',
  'mdph',
  'france-travail',
  'diploma-recognition',
  'oepre',
  'anef',
  'medical-residence-permit',
  'prefecture-desk',
  'violence',
] as const;
/** Facts a structure is known to lack; each is shown to visitors as "to be verified". */
export const verifiableFacts = ['address', 'hours', 'phone', 'position'] as const;

/** Id of a phrase in data/translations/places/<lang>.json (translated structure-facing text). */
const phraseId = z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'a phrase id such as "closure.disaster"');
const isoDate = z.iso.date();

export const positionSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** 'commune' = the commune's centre, approximate: the map says so. */
    precision: z.enum(['exact', 'commune']),
    source: sourceSchema,
  })
  .strict();

export const temporaryClosureSchema = z
  .object({
    from: isoDate,
    /** null: no reopening date known. */
    until: isoDate.nullable(),
    reason: phraseId,
  })
  .strict()
  .refine((c) => c.until === null || c.until >= c.from, { message: 'until is before from', path: ['until'] });

export const structureSchema = z
  .object({
    id: structureId,
    name: z.string().min(1),
    category: z.enum(structureCategories),
    procedures: z.array(z.enum(procedureIds)),
    themes: z.array(z.enum(themeIds)).min(1),
    address: z.string().min(1).nullable(),
    addressComplement: z.string().min(1).nullable(),
    postcode: postcodeField,
    commune: z.string().min(1).nullable(),
    phones: z.array(z.string().regex(frenchPhonePattern, 'a French number such as 0596 53 20 87')),
    email: z.email().nullable(),
    /** OSM opening_hours syntax, checked with the opening_hours package at load; null = unknown. */
    hours: openingHoursField,
    /** The seed's own words when the table needed reading; for staff who verify, never shown to visitors. */
    hoursSeedText: z.string().min(1).nullable(),
    appointmentNote: phraseId.nullable(),
    notes: z.array(phraseId),
    /** Languages spoken at the desk (locale codes), when the source says so. */
    languages: z.array(lang),
    accessibility: phraseId.nullable(),
    /**
     * A mobile (itinerant) service, such as a bus: it has weekly hours but no live open/closed state, so
     * visitors are told to call before going. Optional for imported lists (e.g. the national France Services
     * list), absent means a fixed place.
     */
    mobile: z.boolean().default(false),
    /**
     * Why the weekly hours cannot say whether the place is open now (the national list's comment): 'by-week'
     * (hours change with the week and the comment could not be turned into rules), 'several-places' (a
     * Multisites service moving between communes), 'to-check' (implausible or overlapping cells). No live state:
     * the card says why and to call before going. Absent: the hours say it.
     */
    hoursVary: z.enum(['by-week', 'several-places', 'to-check']).optional(),
    /**
     * For a service moving between places whose comment names one commune per weekday ("Jeudi: Pabu"): that
     * day's commune, shown on that day's row of the week table and, today, as the card's commune.
     */
    daySites: z
      .object({
        Mo: z.string().min(1).optional(),
        Tu: z.string().min(1).optional(),
        We: z.string().min(1).optional(),
        Th: z.string().min(1).optional(),
        Fr: z.string().min(1).optional(),
        Sa: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    temporaryClosure: temporaryClosureSchema.nullable(),
    position: positionSchema.nullable(),
    toBeVerified: z.array(z.enum(verifiableFacts)),
    source: sourceSchema,
    /**
     * When someone last checked these facts (e.g. the date of the list that published them); null when nobody
     * has since their undated source. Never the date this file was written; never after the content's date.
     */
    verifiedOn: isoDate.nullable(),
    /** The national list's free comment, in French, shown as "information from the national list". */
    sourceNote: z.string().min(1).optional(),
  })
  .strict();

/** One language's phrases: phrase id → text. */
export const placePhrasesFileSchema = z.record(phraseId, z.string().min(1));

export type StructureRecord = z.infer<typeof structureSchema>;
/** A structure as loaded: the territory comes from its file name (data/structures/<territory>.json). */
export type Structure = StructureRecord & {
  territory: string;
  /** For a hand-typed structure: its rows in the national list (data/counterparts.json), to compare with. */
  national?: NationalCounterpart[];
  /** A place staff added on a kiosk (local-place-schema.ts): its facts are dated by its staff, not a source. */
  addedByStaff?: { addedOn: string; updatedOn: string };
};

/** What the national list says about a hand-typed structure, kept to show where the two disagree. */
export interface NationalCounterpart {
  id: string;
  name: string;
  phones: string[];
  hours: string | null;
  mobile: boolean;
  source: string;
}
export type PlacePhrases = z.infer<typeof placePhrasesFileSchema>;
