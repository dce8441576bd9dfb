import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { awaitPrintReadyScript } from '../../common/print/ready';
import { PrinterError, type PrintJob } from '../services/printing';

/**
 * The browser host's sheet renderer: the print route drawn to PDF by a headless Chromium, the same engine as
 * the screens, so Arabic, Ethiopic, Bengali and Nastaliq shape exactly as the visitor saw them. One browser
 * is started on first use and kept (a warm session); each sheet gets its own page.
 */
export interface ChromiumPdf {
  render(job: PrintJob): Promise<Buffer>;
  close(): Promise<void>;
}

export const defaultChromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumPdf(baseUrl: () => string, executablePath = defaultChromiumPath): ChromiumPdf {
  let session: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  const open = () =>
    (session ??= chromium
      .launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
      .then(async (browser) => ({ browser, context: await browser.newContext() }))
      .catch((err: unknown) => {
        session = null;
        throw new PrinterError('printer-error', `Chromium could not start for printing (${String(err)})`);
      }));
  return {
    async render(job) {
      const { context } = await open();
      const page = await context.newPage();
      try {
        await page.goto(new URL(job.path, baseUrl()).href);
        const state: unknown = await page.evaluate(awaitPrintReadyScript);
        if (state !== 'ready') throw new PrinterError('printer-error', `the sheet for ${job.procedureId} did not load`);
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    },
    async close() {
      const running = session;
      session = null;
      if (running) await (await running.catch(() => null))?.browser.close();
    },
  };
}
