import type { Db } from '../db/open';
import type { HoursIntervals, HoursZone, Interval } from '../hours/engine';
import { hoursIntervals, withoutClosure } from '../hours/engine';
import { addDays, wallToUtc, type Wall } from '../hours/zoned';

/**
 * Open intervals are stored per hours pattern (territory, hours string, temporary closure), not per
 * structure: real content repeats a few hundred strings, so the intervals of 50,000 structures are a few
 * thousand rows. Structures point at their pattern (structures.pattern).
 */
export interface PatternKey {
  territory: string;
  hours: string;
  closedFrom: string | null;
  closedUntil: string | null;
}

/** The pattern's id, created when new. Closures are stored as '' when absent (UNIQUE treats NULLs as distinct). */
export function patternIdFor(db: Db): (key: PatternKey) => number {
  const put = db.prepare(
    'INSERT OR IGNORE INTO hours_patterns (territory, hours, closed_from, closed_until) VALUES (?, ?, ?, ?)',
  );
  const get = db
    .prepare('SELECT id FROM hours_patterns WHERE territory = ? AND hours = ? AND closed_from = ? AND closed_until = ?')
    .pluck();
  const seen = new Map<string, number>();
  return (k) => {
    const args = [k.territory, k.hours, k.closedFrom ?? '', k.closedUntil ?? ''] as const;
    const sig = args.join('\u001f');
    let id = seen.get(sig);
    if (id === undefined) {
      put.run(...args);
      id = get.get(...args) as number;
      seen.set(sig, id);
    }
    return id;
  };
}

/** SQL for "one of the territories whose ids are the JSON array bound at this place". */
const inTerritories = 'territory IN (SELECT value FROM json_each(?))';

/**
 * Points every structure of the given territories whose hours or closure changed since it was put (staff edits
 * re-applied at install) at its current pattern, and forgets those territories' patterns nobody uses any more.
 */
export function repointStructures(db: Db, territories: string[]): void {
  const ids = JSON.stringify(territories);
  const current = `(SELECT p.id FROM hours_patterns p WHERE p.territory = structures.territory
     AND p.hours = structures.hours AND p.closed_from = ifnull(structures.closed_from, '')
     AND p.closed_until = ifnull(structures.closed_until, ''))`;
  db.prepare(
    `INSERT OR IGNORE INTO hours_patterns (territory, hours, closed_from, closed_until)
       SELECT DISTINCT territory, hours, ifnull(closed_from, ''), ifnull(closed_until, '') FROM structures
       WHERE hours IS NOT NULL AND ${inTerritories}`,
  ).run(ids);
  db.prepare(`UPDATE structures SET pattern = ${current} WHERE ${inTerritories} AND pattern IS NOT ${current}`).run(
    ids,
  );
  const unused = `SELECT id FROM hours_patterns WHERE ${inTerritories}
     AND id NOT IN (SELECT pattern FROM structures WHERE pattern IS NOT NULL)`;
  db.prepare(`DELETE FROM pattern_intervals WHERE pattern IN (${unused})`).run(ids);
  db.prepare(`DELETE FROM pattern_sometimes WHERE pattern IN (${unused})`).run(ids);
  db.prepare(`DELETE FROM hours_patterns WHERE id IN (${unused})`).run(ids);
}

/** Forgets the stored intervals of the given territories' patterns (before computing them again). */
export function clearPatternIntervals(db: Db, territories: string[]): void {
  db.prepare(`DELETE FROM pattern_intervals WHERE ${inTerritories}`).run(JSON.stringify(territories));
  db.prepare(`DELETE FROM pattern_sometimes WHERE ${inTerritories}`).run(JSON.stringify(territories));
}

interface PatternRow {
  id: number;
  territory: string;
  hours: string;
  closed_from: string;
  closed_until: string;
}

/** Today and the next 7 days: open now, closes at, the week table and most "next opens at". */
export const nearDays = 8;

/**
 * Computes and stores the intervals of the given patterns from each territory's `today`: `nearDays` days, or
 * `days` when those say nothing about the next opening (no interval from tomorrow on: a long closure, a
 * monthly slot) or may go on beyond them (open up to the last minute), so every answer is the one a full
 * `days` evaluation gives. Patterns differing only by a closure share one evaluation. Returns the longest interval.
 */
export function writePatternIntervals(
  db: Db,
  patterns: PatternRow[],
  zones: Map<string, HoursZone>,
  today: (zone: HoursZone) => Pick<Wall, 'y' | 'mo' | 'd'>,
  days: number,
): number {
  const put = db.prepare('INSERT INTO pattern_intervals (pattern, territory, start_utc, end_utc) VALUES (?, ?, ?, ?)');
  const putSometimes = db.prepare(
    'INSERT INTO pattern_sometimes (pattern, territory, start_utc, end_utc) VALUES (?, ?, ?, ?)',
  );
  const evaluated = new Map<string, HoursIntervals>();
  const evaluate = (territory: string, hours: string, zone: HoursZone, span: number) => {
    const key = `${span}\u001f${territory}\u001f${hours}`;
    let intervals = evaluated.get(key);
    if (!intervals) evaluated.set(key, (intervals = hoursIntervals(hours, zone, today(zone), span)));
    return intervals;
  };
  let longest = 0;
  for (const p of patterns) {
    const zone = zones.get(p.territory);
    if (!zone) continue;
    const closure = p.closed_from ? { from: p.closed_from, until: p.closed_until || null } : null;
    const near = Math.min(days, nearDays);
    const nearIntervals = evaluate(p.territory, p.hours, zone, near);
    let intervals = withoutClosure(nearIntervals.open, closure, zone.timezone);
    if (near < days && !conclusive(intervals, today(zone), near, zone.timezone))
      intervals = withoutClosure(evaluate(p.territory, p.hours, zone, days).open, closure, zone.timezone);
    for (const [a, b] of intervals) {
      put.run(p.id, p.territory, a, b);
      if (b - a > longest) longest = b - a;
    }
    // Only the week table reads these: the near days are enough.
    for (const [a, b] of withoutClosure(nearIntervals.sometimes, closure, zone.timezone))
      putSometimes.run(p.id, p.territory, a, b);
  }
  return longest;
}

/** Whether `span` days of intervals answer "next opening" and "closes at" as a longer evaluation would. */
function conclusive(intervals: Interval[], from: Pick<Wall, 'y' | 'mo' | 'd'>, span: number, timezone: string) {
  const tomorrow = wallToUtc({ ...addDays(from, 1), h: 0, mi: 0 }, timezone);
  const end = wallToUtc({ ...addDays(from, span), h: 0, mi: 0 }, timezone);
  return intervals.some(([a]) => a >= tomorrow) && !intervals.some(([, b]) => b >= end);
}

/** The patterns of the given territories. */
export function patternsOf(db: Db, territories: string[]): PatternRow[] {
  return db
    .prepare(`SELECT id, territory, hours, closed_from, closed_until FROM hours_patterns WHERE ${inTerritories}`)
    .all(JSON.stringify(territories)) as PatternRow[];
}

export function patternById(db: Db, id: number): PatternRow | undefined {
  return db
    .prepare('SELECT id, territory, hours, closed_from, closed_until FROM hours_patterns WHERE id = ?')
    .get(id) as PatternRow | undefined;
}
