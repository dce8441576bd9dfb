// Bench (not a test): a checklist sheet rendered to PDF through Chromium, print route → page.pdf() in a new page of
// one warm session (as the shell keeps one), at CPU 1× and 4×, quiet and busy (scripts/bench/_busy.ts), beside a
// floor: a bare page of text, with no kiosk code, fonts or pictograms, printed the same way. Goal: ≤ 500 ms p95.
// `PDF_ROUNDS=4` (default) renders each of the three sheets that many times per rate and mode.
import type { BrowserContext } from 'playwright-core';
import { awaitPrintReadyScript } from '../../common/print/ready';
import { launchChromium } from '../../tests/helpers/browser';
import { startTestHost } from '../../tests/helpers/host';
import { renderChecklistPdf } from '../../tests/helpers/pdf';
import { quietAndBusy } from './_busy';
import { cpuRates } from './_kiosk';
import { p95Goal, printFloorTable, type FloorRow } from './_stats';

const cases = [
  ['school-enrolment', 'ar', 'a4'],
  ['france-travail', 'ti', 'a4'],
  ['bank-account', 'zh', 'receipt'],
] as const;
const rounds = Number(process.env.PDF_ROUNDS ?? 4);

const floorSheet = `<!doctype html><html><head><style>@page { size: A4 }</style></head><body><h1>Floor sheet</h1>
${Array.from({ length: 12 }, (_, i) => `<p>Item ${i}: a line of plain text, as long as a checklist line is.</p>`).join('')}
<script>document.documentElement.dataset.printReady = 'ready';</script></body></html>`;

/** Milliseconds from opening a page to its PDF, the page's CPU slowed `rate` times. */
async function pdfTime(context: BrowserContext, url: string, rate: number): Promise<number> {
  const start = performance.now();
  const page = await context.newPage();
  try {
    if (rate !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    const ready: unknown = await page.evaluate(awaitPrintReadyScript);
    if (ready !== 'ready') throw new Error(`${url} did not load (${String(ready)})`);
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return performance.now() - start;
  } finally {
    await page.close();
  }
}

export async function run(): Promise<void> {
  const host = await startTestHost();
  const browser = await launchChromium();
  const context = await browser.newContext();
  const floorUrl = `${host.url}bench-floor-sheet.html`;
  await context.route(floorUrl, (route) => route.fulfill({ contentType: 'text/html', body: floorSheet }));
  try {
    // One warm-up render: the first page load also compiles the bundle and loads fonts.
    await renderChecklistPdf(context, host.url, 'pass', 'fr', 'a4');
    const modes = await quietAndBusy('checklist-pdf', async () => {
      const byRate = new Map<number, { sheet: number[]; floor: number[] }>();
      for (const rate of cpuRates) {
        const sheet: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < rounds; i++)
          for (const [id, lang, format] of cases) {
            sheet.push(await pdfTime(context, `${host.url}print/checklist/${id}?lang=${lang}&format=${format}`, rate));
            floor.push(await pdfTime(context, floorUrl, rate));
          }
        byRate.set(rate, { sheet, floor });
      }
      return byRate;
    });
    const rows: FloorRow[] = modes.flatMap(({ mode, load, result }) =>
      cpuRates.map((rate) => ({
        figure: 'print route → PDF in a new page',
        condition: `${mode}, CPU ${rate}× (load ${load})`,
        samples: result.get(rate)?.sheet ?? [],
        floor: result.get(rate)?.floor ?? [],
        goal: p95Goal(500),
      })),
    );
    printFloorTable(rows);
  } finally {
    await browser.close();
    await host.stop();
  }
}
