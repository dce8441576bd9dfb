import { z } from 'zod';
import { appointmentNotePattern, frenchPhonePattern, localPlaceIdPattern, structureCategories, themeIds } from '../ids';

// The places staff add (docs/staff.md, "Places staff know"); the calls are in staff-contract.ts.

const hours = z.string().max(500);

/**
 * A place staff add or edit with the form (docs/staff.md, "Places staff know"): no id adds one. Every field is a
 * fact shown to visitors as given by the staff of that place, with the date.
 */
export const localPlaceInput = z
  .object({
    id: z.string().regex(localPlaceIdPattern).optional(),
    name: z.string().trim().min(1).max(120),
    category: z.enum(structureCategories),
    /** The themes under which visitors find it (at least one, as for every structure). */
    themes: z.array(z.enum(themeIds)).min(1).max(themeIds.length),
    address: z.string().trim().min(1).max(200).nullable(),
    postcode: z
      .string()
      .regex(/^\d{5}$/, 'five digits')
      .nullable(),
    commune: z.string().trim().min(1).max(100).nullable(),
    phones: z.array(z.string().regex(frenchPhonePattern, 'a French number such as 0596 53 20 87')).max(3),
    /** Where staff touched the territory map, in its units (getTerritoryMap); null: no position. */
    mapPoint: z.object({ x: z.number().finite(), y: z.number().finite() }).strict().nullable(),
    /** Written by the form from its weekday slots; null: hours unknown ("to be verified"). */
    hours: hours.min(1).nullable(),
    /** One of the translated appointment notes (data/translations/places), never free text. */
    appointmentNote: z.string().regex(appointmentNotePattern).nullable(),
  })
  .strict();
export type LocalPlaceInput = z.infer<typeof localPlaceInput>;

/** A place staff added, as the form edits it. origin 'pack': it came with the content, from another kiosk. */
export type LocalPlaceView = Required<Omit<LocalPlaceInput, 'id'>> & {
  id: string;
  origin: 'kiosk' | 'pack';
  /** Added on this kiosk and not received with the content: staff can remove it here. */
  removable: boolean;
  position: { lat: number; lon: number } | null;
  addedOn: string;
  updatedOn: string;
};

/** What the form edits of a listed place (its input to staffSaveLocalPlace). */
export function localPlaceForm(v: LocalPlaceView): LocalPlaceInput {
  const { id, name, category, themes, address, postcode, commune, phones, mapPoint, hours, appointmentNote } = v;
  return { id, name, category, themes, address, postcode, commune, phones, mapPoint, hours, appointmentNote };
}
