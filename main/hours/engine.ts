import OpeningHours from 'opening_hours';
import { addDays, wallToUtc, type Wall } from './zoned';

/** What the hours engine needs to know about a territory. */
export interface HoursZone {
  timezone: string;
  center: { lat: number; lon: number };
  holidays: { country: string; state: string };
}

export interface HoursProblem {
  hours: string;
  message: string;
  /** 0-based character offset in `hours` where the parser stopped; null if it did not say. */
  position: number | null;
}

/** [startUtcMs, endUtcMs) */
export type Interval = [number, number];

const MARKER = ' <--- (';

/**
 * opening_hours reads dates in the process's local zone. Its answers are made zone-independent by
 * running it with TZ=UTC and handing it "wall" dates whose UTC fields are the territory's wall clock,
 * then converting the wall answers back to instants with the territory's real zone.
 * Node applies a change of process.env.TZ immediately; the work below is synchronous, so nothing
 * else observes it.
 */
function withUtcZone<T>(work: () => T): T {
  const previous = process.env.TZ;
  if (previous === 'UTC') return work();
  process.env.TZ = 'UTC';
  try {
    return work();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

function nominatim(zone: HoursZone) {
  return {
    lat: zone.center.lat,
    lon: zone.center.lon,
    address: { country_code: zone.holidays.country, state: zone.holidays.state },
  };
}

function build(hours: string, zone: HoursZone): OpeningHours {
  return new OpeningHours(hours, nominatim(zone));
}

/** Checks an opening_hours string; returns the problem (with the error's position) or null. */
export function checkHours(hours: string, zone: HoursZone): HoursProblem | null {
  try {
    withUtcZone(() => build(hours, zone));
    return null;
  } catch (err) {
    const text = String(err instanceof Error ? err.message : err);
    const at = text.indexOf(MARKER);
    const position = at >= 0 && hours.startsWith(text.slice(0, at)) ? at : null;
    const message = at >= 0 ? text.slice(at + MARKER.length).replace(/\)\s*$/, '') : text;
    return { hours, message, position };
  }
}

const DAY = 86_400_000;

/** What a week of hours holds: the sure open ranges, and the ranges open only some weeks. */
export interface HoursIntervals {
  open: Interval[];
  /**
   * Ranges the string marks `unknown` (or only comments), e.g. the Justibus's `Sa 08:00-12:00 unknown
   * "ponctuellement"`: shown in the week table as "not every week", never counted as open.
   */
  sometimes: Interval[];
}

/**
 * Intervals of `hours` for `days` local days starting at the wall date `from`, as UTC instants, split into
 * sure and unknown ranges. Intervals are cut at local midnight so none is longer than a day (which bounds the
 * "open now" scan). The kiosk only says "open" when it is sure.
 */
export function hoursIntervals(
  hours: string,
  zone: HoursZone,
  from: Pick<Wall, 'y' | 'mo' | 'd'>,
  days: number,
): HoursIntervals {
  const walls = withUtcZone(() => {
    const oh = build(hours, zone);
    const start = new Date(Date.UTC(from.y, from.mo - 1, from.d));
    const end = new Date(start.getTime() + days * DAY);
    return oh.getOpenIntervals(start, end).map((i) => [i[0].getTime(), i[1].getTime(), i[2]] as const);
  });
  const out: HoursIntervals = { open: [], sometimes: [] };
  for (const [a, b, unknown] of walls) {
    for (let s = a; s < b;) {
      const nextMidnight = Math.floor(s / DAY) * DAY + DAY;
      const e = Math.min(b, nextMidnight);
      (unknown ? out.sometimes : out.open).push([toUtc(s, zone.timezone), toUtc(e, zone.timezone)]);
      s = e;
    }
  }
  return out;
}

/** The sure open intervals only (unknown ranges left out), as hoursIntervals cuts them. */
export function openIntervals(
  hours: string,
  zone: HoursZone,
  from: Pick<Wall, 'y' | 'mo' | 'd'>,
  days: number,
): Interval[] {
  return hoursIntervals(hours, zone, from, days).open;
}

/** A "wall as UTC fields" instant → the real instant in `timezone`. */
function toUtc(wallMs: number, timezone: string): number {
  const t = new Date(wallMs);
  return wallToUtc(
    { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes() },
    timezone,
  );
}

/** Removes the part of each interval inside a closure [fromDate 00:00, untilDate+1 00:00) in local time. */
export function withoutClosure(
  intervals: Interval[],
  closure: { from: string; until: string | null } | null,
  timezone: string,
): Interval[] {
  if (!closure) return intervals;
  const [fy, fm, fd] = closure.from.split('-').map(Number) as [number, number, number];
  const cutFrom = wallToUtc({ y: fy, mo: fm, d: fd, h: 0, mi: 0 }, timezone);
  let cutUntil = Infinity;
  if (closure.until) {
    const [uy, um, ud] = closure.until.split('-').map(Number) as [number, number, number];
    cutUntil = wallToUtc({ ...addDays({ y: uy, mo: um, d: ud }, 1), h: 0, mi: 0 }, timezone);
  }
  const out: Interval[] = [];
  for (const [a, b] of intervals) {
    if (b <= cutFrom || a >= cutUntil) out.push([a, b]);
    else {
      if (a < cutFrom) out.push([a, cutFrom]);
      if (b > cutUntil) out.push([cutUntil, b]);
    }
  }
  return out;
}

export { withUtcZone };
