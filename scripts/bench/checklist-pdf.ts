// Bench (not a test): time to render a checklist sheet to PDF through Chromium, print route → page.pdf().
// Target: median ≤ 500 ms. The machine's load changes the figures: compare runs on an idle machine. Run: node --import tsx -e "import('./scripts/bench/checklist-pdf.ts').then((m) => m.run())"
import { launchChromium } from '../../tests/helpers/browser';
import { startTestHost } from '../../tests/helpers/host';
import { renderChecklistPdf } from '../../tests/helpers/pdf';

const cases = [
  ['school-enrolment', 'ar', 'a4'],
  ['france-travail', 'ti', 'a4'],
  ['bank-account', 'zh', 'receipt'],
] as const;
const rounds = 8;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function run(): Promise<void> {
  const host = await startTestHost();
  const browser = await launchChromium();
  // One long-lived context, as the Electron shell keeps one session: fonts and the bundle stay cached.
  const context = await browser.newContext();
  try {
    // One warm-up render: the first page load also compiles the bundle and loads fonts.
    await renderChecklistPdf(context, host.url, 'pass', 'fr', 'a4');
    for (const [id, lang, format] of cases) {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        await renderChecklistPdf(context, host.url, id, lang, format);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const median = quantile(times, 0.5);
      console.log(
        `checklist PDF ${id} fr+${lang} ${format}: median ${median.toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms` +
          ` (target 500 ms: ${(median / 500).toFixed(2)}× the target)`,
      );
    }
  } finally {
    await browser.close();
    await host.stop();
  }
}
