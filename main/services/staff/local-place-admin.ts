import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import type { Kiosk } from '../kiosk';
import type { LocalPlace } from '../../content/local-place-schema';
import { checkHours } from '../../hours/engine';
import { wallAt, wallDate } from '../../hours/zoned';
import { encodeLocalPlace, listLocalPlaces, localPlaceRow } from '../local-places';
import { ensureFreshIntervals, structureById } from '../structure-store';
import { mapPointToPosition, positionToMapPoint } from '../territory-map';
import { changeHours, HoursChangeError } from './hours-log';
import { attempt, deps, toView, type StaffResult } from './hours-admin';
import type { HoursChangeView, StaffOutputs } from '../../../common/api/staff-contract';
import type { LocalPlaceInput, LocalPlaceView } from '../../../common/api/local-place-contract';

/** The appointment notes the form offers: the translated phrases "appointment.*", in French for staff. */
function appointmentNotes(kiosk: Kiosk): { id: string; text: string }[] {
  return kiosk.db
    .prepare("SELECT id, text FROM place_phrases WHERE lang = 'fr' AND id LIKE 'appointment.%' ORDER BY id")
    .all() as { id: string; text: string }[];
}

/** The configured territory's places staff added, with what the form needs to edit them. */
export function staffLocalPlaces(kiosk: Kiosk): StaffOutputs['staffListLocalPlaces'] {
  const territory = kiosk.territory();
  const places = listLocalPlaces(kiosk.db)
    .filter(({ place }) => place.territory === territory.id)
    .map(({ place: p, origin }): LocalPlaceView => ({
      id: p.id,
      origin,
      removable: refusalToRemove(kiosk.db, p.id) === null,
      name: p.name,
      category: p.category,
      themes: p.themes,
      address: p.address,
      postcode: p.postcode,
      commune: p.commune,
      phones: p.phones,
      position: p.position,
      mapPoint: p.position && positionToMapPoint(territory, p.position),
      // The hours visitors see: an edit from the Hours tab stays on top of the form's (place-store.ts).
      hours: structureById(kiosk.db, p.id)?.hours ?? p.hours,
      appointmentNote: p.appointmentNote,
      addedOn: p.addedOn,
      updatedOn: p.updatedOn,
    }));
  return { territory: territory.id, places, appointmentNotes: appointmentNotes(kiosk) };
}

const refuse = (message: string): never => {
  throw new HoursChangeError(message);
};

/**
 * Adds (no id) or edits a place, through the hours-change log (field 'place'), so it is undone like every staff
 * edit. Checked again here: hours the engine reads in the territory, a known appointment note, a point on the map.
 */
export function saveLocalPlace(
  kiosk: Kiosk,
  input: LocalPlaceInput,
): StaffResult<{ id: string; change: HoursChangeView }> {
  const { db, clock } = kiosk;
  return attempt(() => {
    const existing =
      input.id === undefined ? null : (localPlaceRow(db, input.id, 'kiosk') ?? localPlaceRow(db, input.id, 'pack'));
    if (input.id !== undefined && !existing) refuse(`Aucun lieu ajouté « ${input.id} ».`);
    const territory = kiosk.territory();
    if (existing && existing.territory !== territory.id)
      refuse('Ce lieu est dans un autre territoire que celui de la borne.');
    const problem = input.hours === null ? null : checkHours(input.hours, territory);
    if (problem) refuse(`Horaires non valides : ${problem.message}`);
    if (input.appointmentNote !== null && !appointmentNotes(kiosk).some((n) => n.id === input.appointmentNote))
      refuse(`« ${input.appointmentNote} » n'est pas une note de rendez-vous traduite.`);
    const position = input.mapPoint && mapPointToPosition(territory, input.mapPoint);
    if (input.mapPoint && !position) refuse('Le point choisi est hors de la carte.');
    const now = clock();
    const today = wallDate(wallAt(now.getTime(), territory.timezone));
    const place: LocalPlace = {
      id: input.id ?? `local-${randomBytes(5).toString('hex')}`,
      territory: territory.id,
      name: input.name,
      category: input.category,
      themes: input.themes,
      address: input.address,
      postcode: input.postcode,
      commune: input.commune,
      phones: input.phones,
      position,
      hours: input.hours,
      appointmentNote: input.appointmentNote,
      addedOn: existing?.addedOn ?? today,
      updatedOn: today,
    };
    const kioskRow = localPlaceRow(db, place.id, 'kiosk');
    if (kioskRow && encodeLocalPlace(kioskRow) === encodeLocalPlace(place)) refuse('Rien n’a changé.');
    ensureFreshIntervals(db, [territory], now);
    const change = changeHours(deps(db, clock, 'place', null), place.id, encodeLocalPlace(place));
    return { id: place.id, change: toView(db, change) };
  });
}

/**
 * Why staff cannot remove this place here, or null when they can: the one rule behind the form's offer (the list's
 * `removable`) and the removal itself. Only a place added on this kiosk can go; a place received with the content
 * belongs to the content (even when edited here): it is removed there, in the next pack.
 */
function refusalToRemove(db: Db, id: string): string | null {
  if (localPlaceRow(db, id, 'pack'))
    return 'Ce lieu est venu avec le contenu : il se retire dans le contenu, pas sur la borne.';
  if (!localPlaceRow(db, id, 'kiosk')) return `Aucun lieu ajouté sur cette borne « ${id} ».`;
  return null;
}

/** Removes a place added on this kiosk, through the hours-change log (its row becomes null), so undo brings it back. */
export function removeLocalPlace(kiosk: Kiosk, id: string): StaffResult<HoursChangeView> {
  const { db, clock } = kiosk;
  return attempt(() => {
    const refusal = refusalToRemove(db, id);
    if (refusal) refuse(refusal);
    return toView(db, changeHours(deps(db, clock, 'place', null), id, null));
  });
}
