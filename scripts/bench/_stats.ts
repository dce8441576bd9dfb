import { loadavg } from 'node:os';

/** Shared figures for the benchmarks: they print, they never assert. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

export function report(label: string, samples: number[], target?: string): void {
  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `${label.padEnd(48)} p50 ${fmt(median(samples)).padStart(11)}  p95 ${fmt(percentile(samples, 95)).padStart(11)}  (n=${samples.length})${target ? `  target ${target}` : ''}`,
  );
}

/** The 1, 5 and 15 minute load averages, printed beside figures: this machine is shared. */
export function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

/** The 1-minute load average alone, as printed at the start of each load mode. */
export const loadAverage1 = () => loadavg()[0]!.toFixed(2);

/** A figure's goal: its text, and whether the figure (with its floor's samples) meets it. */
export interface Goal {
  text: string;
  met: (samples: number[], floor: number[]) => boolean;
}

/** Goal: the figure's p50 and/or p95 at most `times` its floor's. */
export const floorGoal = (times: number, at: ('p50' | 'p95')[]): Goal => ({
  text: `≤ ${times}× floor ${at.join(' and ')}`,
  met: (xs, floor) => at.every((p) => ratio(xs, floor, p === 'p50' ? 50 : 95) <= times),
});

/** Goal: the figure's p95 at most `ms`. */
export const p95Goal = (ms: number): Goal => ({
  text: `≤ ${ms} ms p95`,
  met: (xs) => percentile(xs, 95) <= ms,
});

const ratio = (xs: number[], floor: number[], p: number) => percentile(xs, p) / percentile(floor, p);

/** One figure measured in one condition, beside the floor measured in the same run. */
export interface FloorRow {
  figure: string;
  condition: string;
  samples: number[];
  floor: number[];
  goal?: Goal;
}

/**
 * Prints rows as a Markdown table (ready for docs/benchmarks.md): p50 / p95 of the figure and of its floor, their
 * ratios, and whether the goal is met. It never fails the run: benchmarks measure, they do not assert.
 */
export function printFloorTable(rows: FloorRow[]): void {
  const ms = (n: number) => (Number.isNaN(n) ? '—' : n < 100 ? n.toFixed(1) : n.toFixed(0));
  const pair = (xs: number[]) => `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}`;
  const times = (r: FloorRow) =>
    r.floor.length
      ? `${ratio(r.samples, r.floor, 50).toFixed(2)}× / ${ratio(r.samples, r.floor, 95).toFixed(2)}×`
      : '—';
  const verdict = (r: FloorRow) =>
    !r.goal
      ? '—'
      : `${r.goal.text}: ${!r.samples.length ? 'no samples' : r.goal.met(r.samples, r.floor) ? 'goal met' : 'goal missed'}`;
  const lines = [
    ['figure (ms, p50 / p95)', 'condition', 'figure', 'floor', 'against floor', 'n', 'goal'],
    ...rows.map((r) => [
      r.figure,
      r.condition,
      pair(r.samples),
      r.floor.length ? pair(r.floor) : '—',
      times(r),
      String(r.samples.length),
      verdict(r),
    ]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const row = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([row(lines[0]!), row(widths.map((w) => '-'.repeat(w))), ...lines.slice(1).map(row)].join('\n'));
}
