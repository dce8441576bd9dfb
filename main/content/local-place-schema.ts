import { z } from 'zod';
import {
  appointmentNotePattern,
  frenchPhonePattern,
  localPlaceIdPattern,
  structureCategories,
  themeIds,
} from '../../common/ids';
import { openingHoursField, postcodeField, type Structure } from './structure-schema';

/**
 * A place staff added on a kiosk (their own PASS, the préfecture's desk, a partner association): kept in the
 * database (local_places) and carried by content packs in `local-places.json`, so one kiosk's places reach the
 * others. Its facts come from the staff of that place, which is what visitors are told, with the date.
 */
export const localPlaceSchema = z
  .object({
    id: z.string().regex(localPlaceIdPattern),
    territory: z.string().regex(/^[0-9A-Z]{2,3}$/),
    name: z.string().trim().min(1).max(120),
    category: z.enum(structureCategories),
    themes: z.array(z.enum(themeIds)).min(1),
    address: z.string().trim().min(1).max(200).nullable(),
    postcode: postcodeField,
    commune: z.string().trim().min(1).max(100).nullable(),
    phones: z.array(z.string().regex(frenchPhonePattern, 'a French number such as 0596 53 20 87')).max(3),
    position: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .nullable(),
    hours: openingHoursField,
    appointmentNote: z.string().regex(appointmentNotePattern).nullable(),
    /** The local day staff added it, and the day of its last edit: the date visitors see beside its facts. */
    addedOn: z.iso.date(),
    updatedOn: z.iso.date(),
  })
  .strict();
export type LocalPlace = z.infer<typeof localPlaceSchema>;

/** The pack file: every local place the exporting kiosk knew. */
export const localPlacesFile = 'local-places.json';
export const localPlacesFileSchema = z.array(localPlaceSchema).max(500);

/** The fixed source of a staff-added fact (the card says it in the visitor's language, see PlaceView.addedByStaff). */
const staffSource = (date: string) => ({ official: 'Personnel de ce lieu (ajout local)', date });

/** What the visitor screens read: a structure whose every fact has the staff of the place as its source. */
export function localPlaceStructure(p: LocalPlace): Structure {
  const source = staffSource(p.updatedOn);
  return {
    id: p.id,
    territory: p.territory,
    name: p.name,
    category: p.category,
    procedures: [],
    themes: p.themes,
    address: p.address,
    addressComplement: null,
    postcode: p.postcode,
    commune: p.commune,
    phones: p.phones,
    email: null,
    hours: p.hours,
    hoursSeedText: null,
    appointmentNote: p.appointmentNote,
    notes: [],
    languages: [],
    accessibility: null,
    mobile: false,
    temporaryClosure: null,
    position: p.position && { ...p.position, precision: 'exact', source },
    // Facts staff left empty are said to be verified, as for any structure.
    toBeVerified: [
      ...(p.address === null ? (['address'] as const) : []),
      ...(p.hours === null ? (['hours'] as const) : []),
      ...(p.phones.length === 0 ? (['phone'] as const) : []),
    ],
    source,
    verifiedOn: p.updatedOn,
    addedByStaff: { addedOn: p.addedOn, updatedOn: p.updatedOn },
  };
}
