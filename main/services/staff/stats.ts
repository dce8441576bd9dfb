import { z } from 'zod';
import type { Db } from '../../db/open';
import type { countEventInput } from '../../../common/api/staff-contract';
import { localDay, wallAt } from '../../hours/zoned';

/**
 * Anonymous usage counters: how many sessions, which language, which theme/procedure/structure, which
 * checklist printed, per local day and hour. No visitor identifier, no free text, nothing finer than the hour.
 */
export const statKinds = ['session', 'language', 'theme', 'procedure', 'checklist', 'structure'] as const;
export type StatKind = (typeof statKinds)[number];

/** A counted event, as the contract's countEventInput checked it (common/api/staff-contract.ts). */
export type CountEvent = z.infer<typeof countEventInput>;

/** The local day (YYYY-MM-DD) and hour (0-23) of an instant in the kiosk's time zone. */
export function localDayHour(at: Date, timeZone: string): { day: string; hour: number } {
  return { day: localDay(at, timeZone), hour: wallAt(at.getTime(), timeZone).h };
}

type Waiting = { day: string; hour: number; kind: string; id: string };
const waiting = new WeakMap<Db, Waiting[]>();
const retrying = new WeakSet<Db>();
/** How soon counts kept in memory are tried again when nothing else is counted meanwhile. */
const retryMs = 250;

/**
 * Adds one to a counter (the event was checked by the contract, or built by main from a validated id). It never
 * waits for the database's write lock: the thread that counts is the one that answers visitors, and another
 * connection may hold that lock for a while (the content worker installing an import in one transaction, a CLI
 * import). Then the count is kept in memory and written with the next one, or a moment later.
 */
export function countEvent(db: Db, at: Date, timeZone: string, event: CountEvent): void {
  const { day, hour } = localDayHour(at, timeZone);
  const queue = waiting.get(db) ?? [];
  waiting.set(db, queue);
  queue.push({ day, hour, kind: event.kind, id: event.id });
  writeWaitingCounts(db);
}

/**
 * Writes the counts kept in memory, in one transaction. Without `wait`, gives up at once if another connection
 * is writing (and tries again later); with it, waits as long as the connection's busy timeout (the kiosk closing).
 * Any other failure (a full disk) drops them and is thrown, as a count's failure always was.
 */
export function writeWaitingCounts(db: Db, wait = false): void {
  const queue = waiting.get(db);
  if (!queue?.length || !db.open) return;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  if (!wait) db.pragma('busy_timeout = 0');
  try {
    const add = db.prepare(
      `INSERT INTO stat_counters (day, hour, kind, item, count) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (day, hour, kind, item) DO UPDATE SET count = count + 1`,
    );
    db.transaction(() => {
      for (const c of queue) add.run(c.day, c.hour, c.kind, c.id);
    })();
    queue.length = 0;
  } catch (err) {
    if (!String((err as { code?: unknown }).code).startsWith('SQLITE_BUSY') || wait) {
      queue.length = 0;
      throw err;
    }
    if (!retrying.has(db)) {
      retrying.add(db);
      setTimeout(() => {
        retrying.delete(db);
        try {
          writeWaitingCounts(db);
        } catch {
          // A full disk since: these few counts are dropped (no request is waiting to be told).
        }
      }, retryMs).unref();
    }
  } finally {
    if (!wait) db.pragma(`busy_timeout = ${timeout}`);
  }
}

export const daySchema = z.iso.date();

export interface StatRow {
  day: string;
  kind: StatKind;
  item: string;
  count: number;
}

/** Per-day totals between two local days, inclusive. */
export function statsBetween(db: Db, from: string, to: string): StatRow[] {
  daySchema.parse(from);
  daySchema.parse(to);
  if (from > to) throw new Error(`--from ${from} is after --to ${to}`);
  return db
    .prepare(
      `SELECT day, kind, item, SUM(count) AS count FROM stat_counters
       WHERE day BETWEEN ? AND ? GROUP BY day, kind, item ORDER BY day, kind, count DESC, item`,
    )
    .all(from, to) as StatRow[];
}

/** Totals per kind and item over the period, biggest first: what the dashboard's bars show. */
export function totalsByKind(rows: StatRow[]): Record<StatKind, { item: string; count: number }[]> {
  const out = Object.fromEntries(statKinds.map((k) => [k, new Map<string, number>()])) as Record<
    StatKind,
    Map<string, number>
  >;
  for (const r of rows) out[r.kind].set(r.item, (out[r.kind].get(r.item) ?? 0) + r.count);
  return Object.fromEntries(
    statKinds.map((k) => [
      k,
      [...out[k]]
        .map(([item, count]) => ({ item, count }))
        .sort((a, b) => b.count - a.count || (a.item < b.item ? -1 : 1)),
    ]),
  ) as Record<StatKind, { item: string; count: number }[]>;
}

/** CSV with a header; every value comes from a fixed pattern, so no quoting is ever needed. */
export function statsCsv(rows: StatRow[]): string {
  return ['day,kind,item,count', ...rows.map((r) => `${r.day},${r.kind},${r.item},${r.count}`)].join('\n') + '\n';
}
