import type { Db } from '../db/open';
import type { Territory } from '../content/schema';
import type { PlacePhrases, Structure } from '../content/structure-schema';
import { openIntervals, withoutClosure, type HoursZone, type Interval } from '../hours/engine';
import { addDays, wallAt, wallDate, wallToUtc } from '../hours/zoned';

/** How far ahead intervals are computed; refreshed each day, so "next opening" looks three weeks ahead. */
export const horizonDays = 21;

/** Puts the structures in the database. Runs inside installContent's transaction. */
export function putStructures(db: Db, structures: Structure[], phrases: Record<string, PlacePhrases> = {}): void {
  db.exec('DELETE FROM open_intervals; DELETE FROM structures; DELETE FROM place_phrases;');
  forgetIntervalDays(db);
  const putPhrase = db.prepare('INSERT INTO place_phrases (lang, id, text) VALUES (?, ?, ?)');
  for (const [lang, p] of Object.entries(phrases))
    for (const [id, text] of Object.entries(p)) putPhrase.run(lang, id, text);
  const put = db.prepare(
    'INSERT INTO structures (id, territory, position, hours, closed_from, closed_until, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  structures.forEach((s, i) =>
    put.run(
      s.id,
      s.territory,
      i,
      s.hours,
      s.temporaryClosure?.from ?? null,
      s.temporaryClosure?.until ?? null,
      JSON.stringify(s),
    ),
  );
}

interface Row {
  id: string;
  territory: string;
  hours: string;
  closed_from: string | null;
  closed_until: string | null;
}

/**
 * Recomputes the open intervals of the given territories' structures from the local day of `now` (per
 * territory) for `horizonDays`. A kiosk needs only its own territory, so callers pass just the territories
 * they read; the others are computed when first asked for. One transaction when called alone; also safe
 * inside installContent's. Structures with the same hours string share one evaluation.
 */
export function refreshIntervals(db: Db, territories: Territory[], now: Date, days = horizonDays): void {
  if (territories.length === 0) return;
  const zones = new Map(territories.map((t) => [t.id, t]));
  const rows = (
    db
      .prepare(
        'SELECT id, territory, hours, closed_from, closed_until FROM structures WHERE hours IS NOT NULL ORDER BY id',
      )
      .all() as Row[]
  ).filter((r) => zones.has(r.territory));
  const put = db.prepare('INSERT INTO open_intervals (territory, structure, start_utc, end_utc) VALUES (?, ?, ?, ?)');
  const today = new Map(territories.map((t) => [t.id, wallAt(now.getTime(), t.timezone)]));
  const putMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const cache = new Map<string, Interval[]>();
  const known = db.prepare("SELECT value FROM meta WHERE key = 'intervals_longest_ms'").pluck().get() as
    string | undefined;
  let longest = known === undefined ? 0 : Number(known);
  const bulk = rows.length > 1000;
  const work = () => {
    // Bulk loading is faster with the secondary indexes built once afterwards.
    if (bulk)
      db.exec(`DROP INDEX IF EXISTS open_intervals_by_start; DROP INDEX IF EXISTS open_intervals_by_structure;`);
    const clear = db.prepare('DELETE FROM open_intervals WHERE territory = ?');
    for (const t of territories) clear.run(t.id);
    for (const row of rows) {
      const zone = zones.get(row.territory)!;
      const key = `${row.territory}\u0000${row.hours}`;
      let intervals = cache.get(key);
      if (!intervals) {
        intervals = openIntervals(row.hours, zone, today.get(zone.id)!, days);
        cache.set(key, intervals);
      }
      const closure = row.closed_from ? { from: row.closed_from, until: row.closed_until } : null;
      for (const [a, b] of withoutClosure(intervals, closure, zone.timezone)) {
        put.run(row.territory, row.id, a, b);
        if (b - a > longest) longest = b - a;
      }
    }
    if (bulk)
      db.exec(`CREATE INDEX open_intervals_by_structure ON open_intervals (structure, start_utc, end_utc);
               CREATE INDEX open_intervals_by_start ON open_intervals (territory, start_utc, end_utc, structure);`);
    putMeta.run('intervals_computed_at', now.toISOString());
    // The longest interval bounds how far back "open now" has to look.
    putMeta.run('intervals_longest_ms', String(longest));
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
 * Ids of the territory's structures open at `at`: an index range scan over the intervals that started
 * at most "the longest interval" before `at` (never more than a local day) and end after it.
 */
export function openNow(db: Db, at: number, territory: string): Set<string> {
  const longest = db.prepare("SELECT value FROM meta WHERE key = 'intervals_longest_ms'").pluck().get() as
    string | undefined;
  const window = longest === undefined ? DAY : Number(longest);
  const ids = db
    .prepare(
      `SELECT structure FROM open_intervals INDEXED BY open_intervals_by_start
       WHERE territory = ? AND start_utc > ? AND start_utc <= ? AND end_utc > ?`,
    )
    .pluck()
    .all(territory, at - window, at, at) as string[];
  return new Set(ids);
}

export interface OpenState {
  open: boolean;
  /** When open: the instant it closes (adjacent intervals merged). */
  closesAt: number | null;
  /** When closed: the next opening within the computed horizon. */
  opensAt: number | null;
}

export function openState(db: Db, id: string, at: number): OpenState {
  const current = db
    .prepare(
      'SELECT start_utc, end_utc FROM open_intervals WHERE structure = ? AND start_utc <= ? ORDER BY start_utc DESC LIMIT 1',
    )
    .get(id, at) as { start_utc: number; end_utc: number } | undefined;
  if (current && current.end_utc > at) {
    let end = current.end_utc;
    const follow = db.prepare('SELECT end_utc FROM open_intervals WHERE structure = ? AND start_utc = ?');
    for (let next = follow.get(id, end) as { end_utc: number } | undefined; next; next = follow.get(id, end) as never)
      end = next.end_utc;
    return { open: true, closesAt: end, opensAt: null };
  }
  const next = db
    .prepare('SELECT start_utc FROM open_intervals WHERE structure = ? AND start_utc > ? ORDER BY start_utc LIMIT 1')
    .get(id, at) as { start_utc: number } | undefined;
  return { open: false, closesAt: null, opensAt: next?.start_utc ?? null };
}

/** Intervals between two instants, for week tables. */
export function intervalsBetween(db: Db, id: string, from: number, to: number): Interval[] {
  const rows = db
    .prepare(
      'SELECT start_utc, end_utc FROM open_intervals WHERE structure = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc',
    )
    .all(id, from, to) as { start_utc: number; end_utc: number }[];
  return rows.map((r) => [r.start_utc, r.end_utc]);
}

/** Local midnight of the wall day containing `at`, plus `days`. */
export function localMidnight(at: number, zone: HoursZone, days = 0): number {
  return wallToUtc({ ...addDays(wallAt(at, zone.timezone), days), h: 0, mi: 0 }, zone.timezone);
}
