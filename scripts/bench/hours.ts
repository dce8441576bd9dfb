// Bench (not a test): "open now" over 50,000 generated structures with realistic hours, answered from the
// indexed open_intervals table vs the naive baseline evaluating each opening_hours string per query.
// Also the import time of those 50,000 (installContent: structures + three weeks of intervals, one transaction).
import { join } from 'node:path';
import OpeningHours from 'opening_hours';
import { loadContent } from '../../main/content/load';
import type { Structure } from '../../main/content/structure-schema';
import { openDatabase } from '../../main/db/open';
import { withUtcZone } from '../../main/hours/engine';
import { wallAt, wallToUtc } from '../../main/hours/zoned';
import { defaultContentDir } from '../../main/paths';
import { installContent } from '../../main/services/content-store';
import { openNow, openNowSql, refreshIntervals } from '../../main/services/structure-store';
import { loadAverage } from './_stats';
import { tempDir } from '../../tests/helpers/temp';

const COUNT = 50_000;
const POOL = 400;

/** Deterministic pseudo-random numbers, so every run benches the same structures. */
function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Hours shaped like annex 2's: weekday sets, morning and afternoon slots, Saturday mornings, nth weekdays. */
function variantHours(random: () => number): string {
  const days = ['Mo-Fr', 'Mo-Th', 'Tu-Fr', 'Mo,Tu,Th,Fr', 'Mo-We'][Math.floor(random() * 5)]!;
  const start = ['07:30', '08:00', '08:15', '08:30', '09:00'][Math.floor(random() * 5)]!;
  const end = ['12:00', '12:30', '12:45', '13:00'][Math.floor(random() * 4)]!;
  const afternoon =
    random() < 0.5 ? `,${['13:30-16:30', '14:00-16:00', '14:00-17:00'][Math.floor(random() * 3)]!}` : '';
  const saturday = random() < 0.3 ? '; Sa 08:00-11:30' : '';
  const nth = random() < 0.1 ? `; We[2] ${start}-${end},14:00-16:00` : '';
  return `${days} ${start}-${end}${afternoon}${saturday}${nth}; PH off`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

export async function run(): Promise<void> {
  const content = loadContent(defaultContentDir);
  const territory = content.territories.find((t) => t.id === '972')!;
  const template = content.structures.find((s) => s.id === 'fs-le-precheur')!;
  // Martinique's own strings only: the content now holds every département's, whose 2,000 strings would make
  // the pool (and the figures) depend on the national list rather than on the store.
  const seedStrings = content.structures.filter((s) => s.territory === '972' && s.hours).map((s) => s.hours!);
  const random = rng(972);
  // Real hours repeat a lot (a few patterns cover most places): a pool of distinct strings (the seed's
  // own plus generated variants) drawn with a Zipf-like skew.
  const pool = [...new Set([...seedStrings, ...Array.from({ length: POOL }, () => variantHours(random))])];
  const pick = () => pool[Math.min(pool.length - 1, Math.floor(pool.length * random() ** 3))]!;
  const structures: Structure[] = Array.from({ length: COUNT }, (_, i) => ({
    ...template,
    id: `bench-${i}`,
    hours: pick(),
    temporaryClosure: random() < 0.01 ? { from: '2026-12-01', until: '2026-12-20', reason: 'closure.disaster' } : null,
  }));
  const temp = tempDir('repere-bench-');
  const db = openDatabase(join(temp.dir, 'bench.sqlite'));
  try {
    const now = new Date('2026-12-08T14:00:00Z'); // Tuesday 10:00 in Martinique
    const t0 = performance.now();
    installContent(db, { ...content, structures }, now);
    const importMs = performance.now() - t0;
    const rows = db.prepare('SELECT count(*) FROM pattern_intervals').pluck().get() as number;
    const patterns = db.prepare('SELECT count(*) FROM hours_patterns').pluck().get() as number;
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${openNowSql}`).all(0, 1, 1, '972') as { detail: string }[];

    // Query instants across the day (Martinique wall clock), same for both methods.
    const instants = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((h) =>
      wallToUtc({ y: 2026, mo: 12, d: 8, h, mi: 20 }, territory.timezone),
    );
    const indexed: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const at of instants) {
        const s = performance.now();
        openNow(db, at, '972');
        indexed.push(performance.now() - s);
      }

    const nominatim = {
      lat: territory.center.lat,
      lon: territory.center.lon,
      address: { country_code: territory.holidays.country, state: territory.holidays.state },
    };
    // The baseline is given parsed objects (parsing is not counted) and evaluates each one per query.
    const parsed = withUtcZone(() => structures.map((s) => new OpeningHours(s.hours!, nominatim)));
    const naive: number[] = [];
    let naiveOpen = 0;
    for (const at of instants.slice(2, 7)) {
      const w = wallAt(at, territory.timezone);
      const fake = new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi));
      const s = performance.now();
      naiveOpen = withUtcZone(() => parsed.filter((oh) => oh.getState(fake)).length);
      naive.push(performance.now() - s);
    }

    const last = instants[6]!;
    const indexedAtLast = openNow(db, last, '972').size;

    // The next day's refresh, last: it moves the intervals on by a day.
    const t1 = performance.now();
    refreshIntervals(db, content.territories, new Date(now.getTime() + 86_400_000));
    const refreshMs = performance.now() - t1;

    const mi = median(indexed);
    const mn = median(naive);
    const distinct = new Set(structures.map((s) => s.hours)).size;
    console.log(`hours bench: ${COUNT} structures (${distinct} distinct hours strings), load ${loadAverage()}`);
    console.log(`  ${patterns} hours patterns (hours + closure), ${rows} stored intervals`);
    console.log(`  open-now query plan: ${plan.map((p) => p.detail).join(' | ')}`);
    console.log(`  import (installContent, one transaction): ${importMs.toFixed(0)} ms  (target <= 5000 ms)`);
    console.log(`  daily refresh of the intervals alone: ${refreshMs.toFixed(0)} ms`);
    console.log(
      `  open now, indexed:  median ${mi.toFixed(2)} ms, p95 ${p95(indexed).toFixed(2)} ms  (target <= 20 ms)`,
    );
    console.log(`  open now, naive:    median ${mn.toFixed(1)} ms, p95 ${p95(naive).toFixed(1)} ms`);
    console.log(`  ratio naive/indexed: ${(mn / mi).toFixed(1)}x  (target >= 20x)`);
    console.log(`  open at 13:20: indexed ${indexedAtLast} (closures applied), naive ${naiveOpen} (no closures)`);
  } finally {
    db.close();
    temp.cleanup();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void run();
