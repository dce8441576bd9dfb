/**
 * Wall-clock time in a territory's IANA zone, independent of the machine's own zone (TZ).
 * A "wall" value is { y, mo (1-12), d, h, mi } as people in that territory read it on a clock.
 */
export interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at the instant `ms` (UTC epoch milliseconds). */
export function wallAt(ms: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, mo: parts.month!, d: parts.day!, h: parts.hour! % 24, mi: parts.minute! };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The local day (YYYY-MM-DD) at `at` in `timeZone`: the one computation of a territory's "today". */
export function localDay(at: Date, timeZone: string): string {
  const w = wallAt(at.getTime(), timeZone);
  return `${w.y}-${twoDigits(w.mo)}-${twoDigits(w.d)}`;
}
