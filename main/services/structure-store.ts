import type { Db } from '../db/open';
import type { Territory } from '../content/schema';
import type { PlacePhrases, Structure } from '../content/structure-schema';
import type { HoursZone, Interval } from '../hours/engine';
import { allPatterns, patternById, patternIdFor, repointStructures, writePatternIntervals } from './hours-patterns';
import { addDays, wallAt, wallDate, wallToUtc } from '../hours/zoned';

/** How far ahead intervals are computed; refreshed each day, so "next opening" looks three weeks ahead. */
export const horizonDays = 21;

/** Puts the structures in the database, each pointing at its hours pattern. Runs inside installContent's transaction. */
export function putStructures(db: Db, structures: Structure[], phrases: Record<string, PlacePhrases> = {}): void {
  db.exec(`DELETE FROM pattern_intervals; DELETE FROM structures; DELETE FROM hours_patterns;
           DELETE FROM place_phrases;`);
  const putPhrase = db.prepare('INSERT INTO place_phrases (lang, id, text) VALUES (?, ?, ?)');
  for (const [lang, p] of Object.entries(phrases))
    for (const [id, text] of Object.entries(p)) putPhrase.run(lang, id, text);
  const put = db.prepare(
    `INSERT INTO structures (id, territory, position, hours, closed_from, closed_until, data, pattern)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const patternOf = patternIdFor(db);
  structures.forEach((s, i) => {
    const closedFrom = s.temporaryClosure?.from ?? null;
    const closedUntil = s.temporaryClosure?.until ?? null;
    const pattern =
      s.hours === null ? null : patternOf({ territory: s.territory, hours: s.hours, closedFrom, closedUntil });
    put.run(s.id, s.territory, i, s.hours, closedFrom, closedUntil, JSON.stringify(s), pattern);
  });
}

/**
 * Recomputes the open intervals of every hours pattern from the local day of `now` (per territory) for
 * `horizonDays`. One transaction when called alone; also safe inside installContent's. Structures edited by
 * staff since they were put are first pointed at their current pattern.
 */
export function refreshIntervals(db: Db, territories: Territory[], now: Date, days = horizonDays): void {
  const zones = new Map<string, HoursZone>(territories.map((t) => [t.id, t]));
  const putMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const work = () => {
    repointStructures(db);
    db.exec('DELETE FROM pattern_intervals;');
    const longest = writePatternIntervals(db, allPatterns(db), zones, (z) => wallAt(now.getTime(), z.timezone), days);
    putMeta.run('intervals_computed_at', now.toISOString());
    // The longest interval bounds how far back "open now" has to look.
    putMeta.run('intervals_longest_ms', String(longest));
    putMeta.run('intervals_days', todayKey(territories, now));
  };
  if (db.inTransaction) work();
  else db.transaction(work)();
}

/**
 * After a staff edit of one structure's hours or closure: points it at its pattern, computing that pattern's
 * intervals from today (local) when new, so "open now" changes at once; forgets a pattern nobody uses.
 */
export function repatternStructure(db: Db, id: string, zone: (HoursZone & { id: string }) | undefined, now: Date) {
  const before = db.prepare('SELECT pattern FROM structures WHERE id = ?').pluck().get(id) as number | null;
  const s = db.prepare('SELECT territory, hours, closed_from, closed_until FROM structures WHERE id = ?').get(id) as
    Omit<Row, 'id'> | undefined;
  if (!s) return;
  let pattern: number | null = null;
  if (zone && s.hours !== null) {
    const key = { territory: s.territory, hours: s.hours, closedFrom: s.closed_from, closedUntil: s.closed_until };
    pattern = patternIdFor(db)(key);
    const known = db.prepare('SELECT 1 FROM pattern_intervals WHERE pattern = ? LIMIT 1').get(pattern);
    if (!known) {
      const zones = new Map([[s.territory, zone]]);
      const longest = writePatternIntervals(
        db,
        [patternById(db, pattern)!],
        zones,
        () => wallAt(now.getTime(), zone.timezone),
        horizonDays,
      );
      // "Open now" looks back as far as the longest interval: never let a new long one slip out of that window.
      const known = db.prepare("SELECT value FROM meta WHERE key = 'intervals_longest_ms'").pluck().get() as
        string | undefined;
      if (known === undefined || Number(known) < longest)
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('intervals_longest_ms', ?)").run(String(longest));
    }
  }
  db.prepare('UPDATE structures SET pattern = ? WHERE id = ?').run(pattern, id);
  if (before !== null && before !== pattern && !db.prepare('SELECT 1 FROM structures WHERE pattern = ?').get(before)) {
    db.prepare('DELETE FROM pattern_intervals WHERE pattern = ?').run(before);
    db.prepare('DELETE FROM hours_patterns WHERE id = ?').run(before);
  }
}

interface Row {
  id: string;
  territory: string;
  hours: string | null;
  closed_from: string | null;
  closed_until: string | null;
}

/** The local date of `now` in every territory; a new value means intervals are a day old. */
function todayKey(territories: Territory[], now: Date): string {
  return territories
    .map((t) => `${t.id}:${wallDate(wallAt(now.getTime(), t.timezone))}`)
    .sort()
    .join(',');
}

/** Refreshes the intervals if the local day has changed since the last computation (the daily refresh). */
export function ensureFreshIntervals(db: Db, territories: Territory[], now: Date): boolean {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'intervals_days'").get() as { value: string } | undefined;
  if (row?.value === todayKey(territories, now)) return false;
  refreshIntervals(db, territories, now);
  return true;
}

export function structuresOf(db: Db, territory: string): Structure[] {
  const rows = db.prepare('SELECT data FROM structures WHERE territory = ? ORDER BY position').all(territory) as {
    data: string;
  }[];
  return rows.map((r) => JSON.parse(r.data) as Structure);
}

export function structureById(db: Db, id: string): Structure | null {
  const row = db.prepare('SELECT data FROM structures WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Structure) : null;
}

const DAY = 86_400_000;

/** The query "open now" runs: the open patterns by an index range scan, then their structures by index. */
export const openNowSql = `SELECT s.id FROM pattern_intervals i INDEXED BY pattern_intervals_by_start
  CROSS JOIN structures s INDEXED BY structures_by_pattern
  WHERE i.start_utc > ? AND i.start_utc <= ? AND i.end_utc > ? AND s.pattern = i.pattern AND s.territory = ?`;

/**
 * Ids of the territory's structures open at `at`: the patterns whose interval started at most "the longest
 * interval" before `at` (never more than a local day) and ends after it, and the structures that share them.
 */
export function openNow(db: Db, at: number, territory: string): Set<string> {
  const longest = db.prepare("SELECT value FROM meta WHERE key = 'intervals_longest_ms'").pluck().get() as
    string | undefined;
  const window = longest === undefined ? DAY : Number(longest);
  const ids = db
    .prepare(openNowSql)
    .pluck()
    .all(at - window, at, at, territory) as string[];
  return new Set(ids);
}

/** A structure's intervals, through its pattern. */
const ofStructure = 'pattern_intervals WHERE pattern = (SELECT pattern FROM structures WHERE id = ?)';

export interface OpenState {
  open: boolean;
  /** When open: the instant it closes (adjacent intervals merged). */
  closesAt: number | null;
  /** When closed: the next opening within the computed horizon. */
  opensAt: number | null;
}

export function openState(db: Db, id: string, at: number): OpenState {
  const current = db
    .prepare(`SELECT start_utc, end_utc FROM ${ofStructure} AND start_utc <= ? ORDER BY start_utc DESC LIMIT 1`)
    .get(id, at) as { start_utc: number; end_utc: number } | undefined;
  if (current && current.end_utc > at) {
    let end = current.end_utc;
    const follow = db.prepare(`SELECT end_utc FROM ${ofStructure} AND start_utc = ?`);
    for (let next = follow.get(id, end) as { end_utc: number } | undefined; next; next = follow.get(id, end) as never)
      end = next.end_utc;
    return { open: true, closesAt: end, opensAt: null };
  }
  const next = db
    .prepare(`SELECT start_utc FROM ${ofStructure} AND start_utc > ? ORDER BY start_utc LIMIT 1`)
    .get(id, at) as { start_utc: number } | undefined;
  return { open: false, closesAt: null, opensAt: next?.start_utc ?? null };
}

/** Intervals between two instants, for week tables. */
export function intervalsBetween(db: Db, id: string, from: number, to: number): Interval[] {
  const rows = db
    .prepare(`SELECT start_utc, end_utc FROM ${ofStructure} AND start_utc >= ? AND start_utc < ? ORDER BY start_utc`)
    .all(id, from, to) as { start_utc: number; end_utc: number }[];
  return rows.map((r) => [r.start_utc, r.end_utc]);
}

/** Local midnight of the wall day containing `at`, plus `days`. */
export function localMidnight(at: number, zone: HoursZone, days = 0): number {
  return wallToUtc({ ...addDays(wallAt(at, zone.timezone), days), h: 0, mi: 0 }, zone.timezone);
}
