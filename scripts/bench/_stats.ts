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
