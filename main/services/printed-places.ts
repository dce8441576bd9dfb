import type { PlaceView, PrintedPlace } from '../../common/api/contract';
import type { Kiosk } from './kiosk';
import { listPlaces } from './places';

/** At most this many places on a sheet, so an A4 checklist stays within two pages. */
const maxPrintedPlaces = 3;

/** The open days of the coming week, each with its slots as "08:00-12:00 14:00-16:00". */
function openDays(place: PlaceView): { date: string; slots: string }[] {
  return place.week
    .filter((d) => d.slots.length > 0)
    .map((d) => ({ date: d.date, slots: d.slots.map((s) => `${s.from}-${s.to}`).join(' ') }));
}

/** The "where to go" block of a printed checklist: the structures linked to the procedure, open ones first. */
export function printedPlaces(kiosk: Kiosk, procedureId: string, lang: string): PrintedPlace[] {
  return (
    listPlaces(kiosk, { procedureId, lang })
      // A mobile service has no fixed hours at an address: a sheet cannot tell the visitor to call first.
      .filter((p) => p.temporaryClosure === null && !p.mobile)
      .slice(0, maxPrintedPlaces)
      .map((p) => ({
        name: p.name,
        address: [p.address, p.addressComplement, [p.postcode, p.commune].filter(Boolean).join(' ')]
          .filter((part) => part)
          .join(', '),
        days: openDays(p),
        phone: p.phones[0] ?? null,
        hoursConfirmed: p.hoursConfirmed,
      }))
  );
}
