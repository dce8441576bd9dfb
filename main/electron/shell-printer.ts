import type { Kiosk } from '../services/kiosk';
import { cupsPrinter } from '../services/print/cups-printer';
import type { CupsServer } from '../services/print/cups';
import { createSheetCache, type SheetCache } from '../services/print/sheet-cache';
import type { Printer } from '../services/printing';
import { readSettings } from '../services/settings';
import { checklistPdf, electronPrinter } from './print';

/**
 * The shell's printer. Linux (and macOS): the sheet is drawn with printToPDF, cached, and sent through CUPS,
 * which says when it is out of paper or jammed. Windows has no CUPS: silent webContents.print, which only
 * knows "printed" or a driver's failure text (README, "Printing through CUPS").
 */
export function shellPrinter(
  kiosk: Kiosk,
  preloadPath: string,
  platform: NodeJS.Platform = process.platform,
  server?: CupsServer,
): { printer: Printer; sheets: SheetCache | null } {
  const queue = () => readSettings(kiosk.db).printerName;
  if (platform === 'win32') return { printer: electronPrinter({ preloadPath, deviceName: queue }), sheets: null };
  const sheets = createSheetCache(kiosk, (job) => checklistPdf(job, preloadPath));
  return {
    printer: cupsPrinter({ queue, renderPdf: (job) => sheets.pdf(job), ...(server ? { server } : {}) }),
    sheets,
  };
}
