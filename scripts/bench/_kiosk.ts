// Shared by the visitor benchmarks: a kiosk page, optionally on a CPU slowed down like a low-end kiosk's.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { kioskPage } from '../../tests/helpers/browser';
import { startTestHost, type TestHost } from '../../tests/helpers/host';
import { percentile } from './_stats';

/** The CPU slowdowns each visitor benchmark runs at: this machine, then 4× slower (a cheap kiosk PC). */
export const cpuRates = [1, 4] as const;

/**
 * A kiosk-sized touch page whose renderer runs `rate` times slower (Chromium's DevTools CPU throttling,
 * Emulation.setCPUThrottlingRate), set before anything loads.
 */
export async function throttledPage(
  browser: Browser,
  rate: number,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await kioskPage(browser, options);
  if (rate !== 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  return page;
}

/**
 * The kiosk a visitor bench measures: a new kiosk's settings (its speech rate among them, at which the start
 * screen's phrases are shipped), but with "explore, then act" off, since the benches time taps that act at once.
 * The test hosts' own default speaks at 1.5, so their journeys wait less for speech: a bench on it measured a kiosk
 * none is set up as.
 */
export async function benchHost(): Promise<TestHost> {
  const host = await startTestHost({ productDefaults: true });
  writeSettings(host.kiosk.db, { exploreFirst: false });
  return host;
}

/** One figure's samples at each CPU rate, with its p95 target at each (null: no target). */
export interface Measure {
  label: string;
  samples: Map<number, number[]>;
  targets: [at1: number | null, at4: number | null];
}

/** Each figure's samples, by CPU rate: what a visitor bench's `measureAt` returns for each of `cpuRates`. */
export type SamplesByRate = Map<number, Record<string, number[]>>;

/** Runs `measureAt` at each CPU rate in turn (one fresh host each, inside `measureAt`). */
export async function measureAtEachRate(
  measureAt: (rate: number) => Promise<Record<string, number[]>>,
): Promise<SamplesByRate> {
  const byRate: SamplesByRate = new Map();
  for (const rate of cpuRates) byRate.set(rate, await measureAt(rate));
  return byRate;
}

/** A printable measure: the samples of figure `key` at each rate, with its p95 targets. */
export const measureFrom =
  (byRate: SamplesByRate) =>
  (label: string, key: string, targets: Measure['targets']): Measure => ({
    label,
    targets,
    samples: new Map([...byRate].map(([rate, figures]) => [rate, figures[key] ?? []])),
  });

/** One line per measure: p50/p95 at 1× and at 4×, each p95 against its target, and the 4×/1× ratio. */
export function printColumns(measures: Measure[]): void {
  const cell = (xs: number[] | undefined) =>
    xs && xs.length
      ? `${percentile(xs, 50).toFixed(1).padStart(7)} /${percentile(xs, 95).toFixed(1).padStart(7)}`
      : '      — /      —';
  const verdict = (xs: number[] | undefined, target: number | null) =>
    target === null || !xs?.length ? '    ' : percentile(xs, 95) <= target ? 'ok  ' : 'SLOW';
  console.log(
    `${'measure (ms, p50 / p95)'.padEnd(50)} ${'CPU 1×'.padEnd(21)} ${'CPU 4× (throttled)'.padEnd(21)} 4×/1× p95`,
  );
  for (const m of measures) {
    const [one, four] = [m.samples.get(1), m.samples.get(4)];
    const ratio = one?.length && four?.length ? (percentile(four, 95) / percentile(one, 95)).toFixed(2) : '—';
    const target = (t: number | null) => (t === null ? '' : `≤${t}`);
    console.log(
      `${m.label.padEnd(50)} ${cell(one)} ${verdict(one, m.targets[0])}${target(m.targets[0]).padEnd(6)}` +
        ` ${cell(four)} ${verdict(four, m.targets[1])}${target(m.targets[1]).padEnd(6)} ${ratio}`,
    );
  }
}
