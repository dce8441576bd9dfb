// Soak (not a test): `npx tsx scripts/bench/soak.ts [visits]` after a renderer build (default 500 visits).
// Visitors follow one another by touch on one kiosk page, in every language in turn: choose a language, open a
// theme, its first procedure and the checklist (or the theme's places), then Home. At checkpoints it prints the
// renderer's JS heap after a forced garbage collection, DOM nodes, event listeners (DevTools Memory domain), the
// host process's RSS and the database's size, each with its change since the first checkpoint past warm-up, so
// a leak shows up as a growing figure here rather than as a kiosk that stops after a week.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { supportedLocales } from '../../common/locales';
import { launchChromium } from '../../tests/helpers/browser';
import { startTestHost, type TestHost } from '../../tests/helpers/host';
import { throttledPage } from './_kiosk';
import { loadAverage } from './_stats';

const themeCards = ['french', 'housing', 'rights', 'care', 'work', 'leisure', 'social', 'papers', 'emergency'];

interface Checkpoint {
  visit: number;
  heapMB: number;
  nodes: number;
  listeners: number;
  documents: number;
  hostRssMB: number;
  dbKB: number;
}

async function visit(page: Page, n: number): Promise<void> {
  const lang = supportedLocales[n % supportedLocales.length]!;
  const button = page.getByTestId(`language-${lang}`);
  await button.tap();
  await button.tap();
  await page.locator('[data-screen="themes"]').waitFor();
  await page.getByTestId(`theme-${themeCards[n % themeCards.length]}`).tap();
  await page.locator('[data-screen="theme"]').waitFor();
  const procedure = page.locator('[data-testid^="procedure-"]').first();
  if ((await procedure.count()) > 0) {
    await procedure.tap();
    await page.getByTestId('to-checklist').tap();
    await page.locator('[data-screen="checklist"]').waitFor();
  } else {
    await page.getByTestId('theme-places').tap();
    await page.locator('[data-screen="places"]').waitFor();
  }
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('language-fr').waitFor();
}

async function checkpoint(cdp: CDPSession, host: TestHost, n: number): Promise<Checkpoint> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const file = join(host.dataDir, 'repere.sqlite');
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return {
    visit: n,
    heapMB: heap.usedSize / 2 ** 20,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    hostRssMB: process.memoryUsage().rss / 2 ** 20,
    dbKB: (size(file) + size(`${file}-wal`)) / 1024,
  };
}

function print(points: Checkpoint[], base: Checkpoint): void {
  const change = (now: number, then: number) => `${now >= then ? '+' : ''}${(((now - then) / then) * 100).toFixed(1)}%`;
  console.log('visit   heap MB (Δ)          DOM nodes (Δ)     listeners (Δ)   docs  host RSS MB (Δ)     db KB');
  for (const p of points) {
    console.log(
      `${String(p.visit).padStart(5)}   ${p.heapMB.toFixed(2).padStart(7)} ${change(p.heapMB, base.heapMB).padStart(8)}` +
        `   ${String(p.nodes).padStart(6)} ${change(p.nodes, base.nodes).padStart(8)}` +
        `   ${String(p.listeners).padStart(5)} ${change(p.listeners, base.listeners).padStart(8)}` +
        `   ${String(p.documents).padStart(4)}  ${p.hostRssMB.toFixed(1).padStart(7)} ${change(p.hostRssMB, base.hostRssMB).padStart(8)}` +
        `   ${p.dbKB.toFixed(0).padStart(7)}`,
    );
  }
}

export async function run(visits = Number(process.env.SOAK_VISITS ?? 500)): Promise<void> {
  const host = await startTestHost();
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const page = await throttledPage(browser, 1);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(host.url);
    await page.getByTestId('language-fr').waitFor();
    const marks = new Set([1, 10, 50, 100, 200, 300, 400, 500, visits].filter((m) => m <= visits));
    const points: Checkpoint[] = [];
    const started = performance.now();
    for (let n = 1; n <= visits; n++) {
      await visit(page, n);
      if (marks.has(n)) points.push(await checkpoint(cdp, host, n));
    }
    const minutes = (performance.now() - started) / 60000;
    console.log(
      `soak: ${visits} visits by touch across ${supportedLocales.length} languages in ${minutes.toFixed(1)} min, load ${loadAverage()}`,
    );
    // The baseline is visit 50 (or the first checkpoint): caches that fill once (fonts, decoded pictograms,
    // prerendered phrases) are not a leak.
    print(points, points.find((p) => p.visit === 50) ?? points[0]!);
  } finally {
    await browser.close();
    await host.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await run(process.argv[2] ? Number(process.argv[2]) : undefined);
