import { wallAt, type Wall } from '../../common/time/wall-clock';

// The wall clock and a territory's "today" are shared with the renderer (staff statistics): common/time.
export { localDay, wallAt, type Wall } from '../../common/time/wall-clock';

/**
 * Offsets per zone and quarter hour: zone changes happen on quarter hours (offsets are whole quarter hours
 * today), and formatToParts is the costly part of computing thousands of intervals. Bounded, then dropped.
 */
const offsets = new Map<string, Map<number, number>>();
const QUARTER = 900_000;

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (Martinique: -240). */
export function offsetMinutes(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone || zone.size > 50_000) offsets.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(ms / QUARTER);
  let off = zone.get(bucket);
  if (off === undefined) {
    const start = bucket * QUARTER;
    const w = wallAt(start, timeZone);
    off = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - start) / 60000);
    zone.set(bucket, off);
  }
  return off;
}

/** The instant at which the wall clock of `timeZone` shows `wall` (the later one in a DST gap or fold). */
export function wallToUtc(wall: Wall, timeZone: string): number {
  const naive = Date.UTC(wall.y, wall.mo - 1, wall.d, wall.h, wall.mi);
  let ms = naive - offsetMinutes(naive, timeZone) * 60000;
  // A second pass settles instants whose offset differs from the naive guess (near a DST change).
  ms = naive - offsetMinutes(ms, timeZone) * 60000;
  return ms;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 with the territory's offset, e.g. 2026-12-08T14:00:00-04:00. */
export function isoWithOffset(ms: number, timeZone: string): string {
  const w = wallAt(ms, timeZone);
  const off = offsetMinutes(ms, timeZone);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:00${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** "2026-12-08" for the wall date. */
export function wallDate(w: Pick<Wall, 'y' | 'mo' | 'd'>): string {
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
}

/** Parses "2026-12-08T10:00" (or with :ss) as a wall time; null if malformed. */
export function parseWall(text: string): Wall | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  return { y, mo, d, h, mi };
}

/** The wall date `days` after the given one (calendar arithmetic, no zone involved). */
export function addDays(w: Pick<Wall, 'y' | 'mo' | 'd'>, days: number): { y: number; mo: number; d: number } {
  const t = new Date(Date.UTC(w.y, w.mo - 1, w.d + days));
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
