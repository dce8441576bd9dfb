import type { Db } from '../db/open';
import type { Territory } from '../content/schema';
import type { PlacePhrases, Structure } from '../content/structure-schema';
import type { HoursZone, Interval } from '../hours/engine';
import {
  clearPatternIntervals,
  patternById,
  patternIdFor,
  patternsOf,
  repointStructures,
  writePatternIntervals,
} from './hours-patterns';
import { addDays, wallAt, wallDate, wallToUtc } from '../hours/zoned';

/** How far ahead intervals are computed; refreshed each day, so "next opening" looks three weeks ahead. */
export const horizonDays = 21;

/**
 * Puts the structures in the database, each pointing at its hours pattern (every territory's: deduplicating
 * costs a map lookup per structure). No interval is computed here: each territory's are computed when first
 * read. Runs inside installContent's transaction.
 */
export function putStructures(db: Db, structures: Structure[], phrases: Record<string, PlacePhrases> = {}): void {
  db.exec(`DELETE FROM pattern_intervals; DELETE FROM pattern_sometimes; DELETE FROM structures; DELETE FROM hours_patterns;
           DELETE FROM place_phrases; DELETE FROM meta WHERE key = 'intervals_longest_ms';`);
  forgetIntervalDays(db);
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
 * Puts one structure in (a place staff added) or replaces it, keeping its list position; its pattern is set by
 * repatternStructure (after an edit) or refreshIntervals (at install). Removed when `s` is null.
 */
export function putStructure(db: Db, id: string, s: Structure | null): void {
  if (s === null) {
    db.prepare('DELETE FROM structures WHERE id = ?').run(id);
    return;
  }
  const c = s.temporaryClosure;
  db.prepare(
    `INSERT INTO structures (id, territory, position, hours, closed_from, closed_until, data)
     VALUES (?, ?, (SELECT ifnull(max(position), -1) + 1 FROM structures), ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET territory = excluded.territory, hours = excluded.hours,
       closed_from = excluded.closed_from, closed_until = excluded.closed_until, data = excluded.data`,
  ).run(s.id, s.territory, s.hours, c?.from ?? null, c?.until ?? null, JSON.stringify(s));
}

/** Raises the meta value "open now" looks back by when a longer interval was stored; never lowers it. */
function keepLongest(db: Db, longest: number): void {
  const known = db.prepare("SELECT value FROM meta WHERE key = 'intervals_longest_ms'").pluck().get() as
    string | undefined;
  if (known === undefined || Number(known) < longest)
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('intervals_longest_ms', ?)").run(String(longest));
}

/**
 * Recomputes the open intervals of the given territories' hours patterns from the local day of `now` (per
 * territory) for `horizonDays`. A kiosk needs only its own territory, so callers pass just the territories
 * they read; the others are computed when first asked for. Structures edited by staff since they were put
 * are first pointed at their current pattern. One transaction when called alone; also safe inside
 * installContent's.
 */
export function refreshIntervals(db: Db, territories: Territory[], now: Date, days = horizonDays): void {
  if (territories.length === 0) return;
  const ids = territories.map((t) => t.id);
  const zones = new Map<string, HoursZone>(territories.map((t) => [t.id, t]));
  const putMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const work = () => {
    repointStructures(db, ids);
    clearPatternIntervals(db, ids);
    const today = (z: HoursZone) => wallAt(now.getTime(), z.timezone);
    // The longest interval bounds how far back "open now" has to look.
    keepLongest(db, writePatternIntervals(db, patternsOf(db, ids), zones, today, days));
    putMeta.run('intervals_computed_at', now.toISOString());
    for (const t of territories) putMeta.run(`${dayKeyPrefix}${t.id}`, localDay(t, now));
  };
  if (db.inTransaction) work();
  else db.transaction(work)();
}

/** meta key holding the local day a territory's intervals were computed from. */
const dayKeyPrefix = 'intervals_day:';
const localDay = (t: Territory, now: Date) => wallDate(wallAt(now.getTime(), t.timezone));

/** Forgets every territory's computed day (the structures were replaced): each is recomputed when read. */
export function forgetIntervalDays(db: Db): void {
  db.prepare('DELETE FROM meta WHERE key LIKE ?').run(`${dayKeyPrefix}%`);
}

/** Refreshes the territories whose local day has changed since their last computation (the daily refresh). */
export function ensureFreshIntervals(db: Db, territories: Territory[], now: Date): boolean {
  const day = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const stale = territories.filter((t) => day.get(`${dayKeyPrefix}${t.id}`) !== localDay(t, now));
  if (stale.length === 0) return false;
  refreshIntervals(db, stale, now);
  return true;
}

/**
 * After a staff edit of one structure's hours or closure: points it at its pattern, computing that pattern's
 * intervals from today (local) when new and the territory's intervals are in use, so "open now" changes at
 * once (a territory not read yet gets all its patterns when first read); forgets a pattern nobody uses.
 */
export function repatternStructure(db: Db, id: string, zone: Territory | undefined, now: Date): void {
  const before = db.prepare('SELECT pattern FROM structures WHERE id = ?').pluck().get(id) as number | null;
  const s = db.prepare('SELECT territory, hours, closed_from, closed_until FROM structures WHERE id = ?').get(id) as
    Omit<Row, 'id'> | undefined;
  if (!s) return;
  let pattern: number | null = null;
  if (zone && s.hours !== null) {
    const key = { territory: s.territory, hours: s.hours, closedFrom: s.closed_from, closedUntil: s.closed_until };
    pattern = patternIdFor(db)(key);
    const computed = db.prepare('SELECT 1 FROM meta WHERE key = ?').get(`${dayKeyPrefix}${s.territory}`);
    const known = db
      .prepare(
        `SELECT 1 FROM pattern_intervals WHERE pattern = ?
         UNION ALL SELECT 1 FROM pattern_sometimes WHERE pattern = ? LIMIT 1`,
      )
      .get(pattern, pattern);
    if (computed && !known) {
      const zones = new Map([[s.territory, zone]]);
      const today = () => wallAt(now.getTime(), zone.timezone);
      // "Open now" looks back as far as the longest interval: never let a new long one slip out of that window.
      keepLongest(db, writePatternIntervals(db, [patternById(db, pattern)!], zones, today, horizonDays));
    }
  }
  db.prepare('UPDATE structures SET pattern = ? WHERE id = ?').run(pattern, id);
  if (before !== null && before !== pattern && !db.prepare('SELECT 1 FROM structures WHERE pattern = ?').get(before)) {
    db.prepare('DELETE FROM pattern_intervals WHERE pattern = ?').run(before);
    db.prepare('DELETE FROM pattern_sometimes WHERE pattern = ?').run(before);
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

/**
 * The query "open now" runs: the territory's open patterns by an index range scan (the territory is propagated
 * to the intervals' own column: one territory's intervals only, however many territories are computed), then
 * their structures by index.
 */
export const openNowSql = `SELECT s.id FROM pattern_intervals i INDEXED BY pattern_intervals_by_start
  CROSS JOIN structures s INDEXED BY structures_by_pattern
  WHERE i.start_utc > ? AND i.start_utc <= ? AND i.end_utc > ? AND s.pattern = i.pattern AND s.territory = ?
    AND i.territory = s.territory`;

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

/**
 * Intervals starting between two instants, for week tables: the sure ones, or (`sometimes`) the ranges open
 * only some weeks, which nothing else reads.
 */
export function intervalsBetween(db: Db, id: string, from: number, to: number, sometimes = false): Interval[] {
  const table = sometimes ? ofStructure.replace('pattern_intervals', 'pattern_sometimes') : ofStructure;
  const rows = db
    .prepare(`SELECT start_utc, end_utc FROM ${table} AND start_utc >= ? AND start_utc < ? ORDER BY start_utc`)
    .all(id, from, to) as { start_utc: number; end_utc: number }[];
  return rows.map((r) => [r.start_utc, r.end_utc]);
}

/** Local midnight of the wall day containing `at`, plus `days`. */
export function localMidnight(at: number, zone: HoursZone, days = 0): number {
  return wallToUtc({ ...addDays(wallAt(at, zone.timezone), days), h: 0, mi: 0 }, zone.timezone);
}
