import type { Kiosk } from '../services/kiosk';
import { readSettings } from '../services/settings';
import { cupsPrinter, type CupsPrinterOptions } from '../services/print/cups-printer';
import { createSheetCache, type SheetCache } from '../services/print/sheet-cache';
import type { Printer } from '../services/printing';
import { chromiumPdf } from './chromium-pdf';

export interface HostPrinting {
  printer: Printer;
  sheets: SheetCache;
  close(): Promise<void>;
}

/**
 * The browser host prints through CUPS: sheets drawn by a headless Chromium from the host's own print route,
 * cached, submitted to the queue named by the setting `printerName` (or the CUPS default).
 */
export function hostPrinting(
  kiosk: Kiosk,
  baseUrl: () => string,
  options: Partial<Omit<CupsPrinterOptions, 'renderPdf'>> & { chromiumPath?: string } = {},
): HostPrinting {
  const pdf = chromiumPdf(baseUrl, options.chromiumPath);
  const sheets = createSheetCache(kiosk, (job) => pdf.render(job));
  const printer = cupsPrinter({
    queue: () => readSettings(kiosk.db).printerName,
    ...options,
    renderPdf: (job) => sheets.pdf(job),
  });
  return { printer, sheets, close: () => pdf.close() };
}
