import type { Db } from '../db/open';
import type { Territory } from '../content/schema';
import type { Structure } from '../content/structure-schema';
import { isoWithOffset, wallAt, wallDate } from '../hours/zoned';
import { listTerritories } from './content-store';
import { readSettings } from './settings';
import {
  ensureFreshIntervals,
  intervalsBetween,
  localMidnight,
  openState,
  structureById,
  structuresOf,
} from './structure-store';
import { placePhrase } from './place-phrases';
import { hasLiveState } from '../content/live-state';
import { hoursConfirmed } from './reconcile';
import { sourceLine } from '../content/seed-documents';
import type { Kiosk } from './kiosk';
import type { PlaceState, PlaceView, WeekDayView } from '../../common/api/contract';

/** The kiosk's position: its setting, else the territory's centre. */
export function kioskPosition(db: Db, territory: Territory): { lat: number; lon: number } {
  return readSettings(db).position ?? territory.center;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

const hm = (ms: number, tz: string) => {
  const w = wallAt(ms, tz);
  return `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
};

function closureActive(s: Structure, today: string): boolean {
  const c = s.temporaryClosure;
  return c !== null && c.from <= today && (c.until === null || c.until >= today);
}

const weekdayCodes = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;
/** The commune a moving service names for a local date (daySites), or null. */
function siteOn(s: Structure, date: string): string | null {
  const code = weekdayCodes[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
  return (code !== 'Su' && s.daySites?.[code]) || null;
}
const sameName = (a: string, b: string) =>
  a.localeCompare(b, 'fr', { sensitivity: 'base', ignorePunctuation: true }) === 0;

export function placeView(db: Db, territory: Territory, s: Structure, at: number, lang: string): PlaceView {
  const tz = territory.timezone;
  const today = wallDate(wallAt(at, tz));
  const state = openState(db, s.id, at);
  const kind: PlaceState = closureActive(s, today)
    ? 'temporarily-closed'
    : s.mobile
      ? 'mobile'
      : // Hours that change with the week, a service moving between places, cells to be checked: no live state.
        !hasLiveState(s)
        ? 'unknown'
        : state.open
          ? 'open'
          : 'closed';
  const live = kind !== 'mobile' && kind !== 'unknown';
  const week: WeekDayView[] = [];
  for (let d = 0; d < 7; d++) {
    const from = localMidnight(at, territory, d);
    const to = localMidnight(at, territory, d + 1);
    const slot = ([a, b]: [number, number]) => ({ from: hm(a, tz), to: b >= to ? '24:00' : hm(b, tz) });
    const date = wallDate(wallAt(from, tz));
    week.push({
      date,
      today: d === 0,
      slots: intervalsBetween(db, s.id, from, to).map(slot),
      sometimes: intervalsBetween(db, s.id, from, to, true).map(slot),
      site: siteOn(s, date),
    });
  }
  const here = kioskPosition(db, territory);
  // A service that is elsewhere today (daySites) shows today's commune; the row's address is not that place's.
  const site = siteOn(s, today);
  const away = site !== null && (s.commune === null || !sameName(site, s.commune));
  return {
    id: s.id,
    name: s.name,
    category: s.category,
    commune: away ? site : s.commune,
    address: away ? null : s.address,
    addressComplement: away ? null : s.addressComplement,
    postcode: away ? null : s.postcode,
    phones: s.phones,
    email: s.email,
    mobile: s.mobile,
    hours: s.hours,
    state: kind,
    // A mobile service, or hours that cannot say (see hoursVary), has no live state: no "closes at", no "opens at".
    closesAt: !live || state.closesAt === null ? null : isoWithOffset(state.closesAt, tz),
    opensAt: !live || state.opensAt === null ? null : isoWithOffset(state.opensAt, tz),
    timezone: tz,
    temporaryClosure: s.temporaryClosure && {
      from: s.temporaryClosure.from,
      until: s.temporaryClosure.until,
      reason: placePhrase(db, lang, s.temporaryClosure.reason),
    },
    appointmentNote: s.appointmentNote && placePhrase(db, lang, s.appointmentNote),
    notes: s.notes.map((n) => placePhrase(db, lang, n)),
    toBeVerified: s.toBeVerified,
    // Else the seed document's own date (the 2018 Paris plan): every fact shown carries its source's date.
    informationDate: s.source.date ?? s.verifiedOn ?? sourceLine(s.source).date,
    position: s.position && { lat: s.position.lat, lon: s.position.lon, precision: s.position.precision },
    distanceKm: s.position ? Math.round(distanceKm(here, s.position) * 10) / 10 : null,
    week,
    hoursConfirmed: hoursConfirmed(db, s, territory),
    // The national list's comment, dated like the row: verifiedOn is the date of the list that published it.
    sourceNote: s.sourceNote && s.verifiedOn ? { text: s.sourceNote, date: s.verifiedOn } : null,
    addedByStaff: s.addedByStaff ? { date: s.addedByStaff.updatedOn } : null,
  };
}

/** Open first; a mobile service is never ranked as open (its hours say nothing about where it is now). */
const stateRank: Record<PlaceState, number> = { open: 0, closed: 1, mobile: 2, unknown: 2, 'temporarily-closed': 3 };

/** The configured territory's structures for a procedure or theme: open first, then nearest. */
export function listPlaces(
  kiosk: Kiosk,
  filter: { procedureId?: string; themeId?: string; lang: string },
): PlaceView[] {
  const { db } = kiosk;
  const now = kiosk.clock();
  const territory = kiosk.territory();
  ensureFreshIntervals(db, [territory], now);
  const at = now.getTime();
  return structuresOf(db, territory.id)
    .filter((s) => !filter.procedureId || s.procedures.includes(filter.procedureId as never))
    .filter((s) => !filter.themeId || s.themes.includes(filter.themeId as never))
    .map((s) => placeView(db, territory, s, at, filter.lang))
    .sort(
      (a, b) =>
        stateRank[a.state] - stateRank[b.state] ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        a.name.localeCompare(b.name, 'fr'),
    );
}

export function getPlace(db: Db, now: Date, id: string, lang: string): PlaceView | null {
  const s = structureById(db, id);
  if (!s) return null;
  const territory = listTerritories(db).find((t) => t.id === s.territory);
  if (!territory) return null;
  ensureFreshIntervals(db, [territory], now);
  return placeView(db, territory, s, now.getTime(), lang);
}
