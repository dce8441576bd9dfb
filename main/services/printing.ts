/**
 * Printing a checklist sheet. The page itself is the renderer's print route; a Printer backend turns that
 * route into paper. The Electron shell gives one (main/electron/print.ts, silent webContents.print); the
 * browser host is given one by whoever starts it, or none: then every print answers 'no-printer'.
 */
import type { PaperFormat } from '../../common/ids';
import { errorCode } from '../../common/error-code';

export type { PaperFormat };

export interface PrintJob {
  procedureId: string;
  lang: string;
  format: PaperFormat;
  /** The print route to load, relative to the app origin. */
  path: string;
  /** A queue other than the configured one (staff's test page on a queue not saved yet). */
  printerName?: string | null;
}

export type PrintFailure = 'no-printer' | 'out-of-paper' | 'paper-jam' | 'printer-error';

/** What a backend throws when the paper does not come out, so the visitor can be told why. */
export class PrinterError extends Error {
  constructor(
    readonly reason: PrintFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}

export interface Printer {
  print(job: PrintJob): Promise<void>;
  /** The machine's print queues, for staff to choose from (CUPS: lpstat). */
  listQueues?(): Promise<PrinterQueues>;
}

export interface PrinterQueues {
  queues: string[];
  defaultQueue: string | null;
}

export type PrintOutcome = { ok: true } | { ok: false; reason: PrintFailure; message: string };

export function printRoute(procedureId: string, lang: string, format: PaperFormat): string {
  return `/print/checklist/${encodeURIComponent(procedureId)}?lang=${encodeURIComponent(lang)}&format=${format}`;
}

/** Never throws: a missing printer or a jam becomes an outcome the screen can show and speak. */
export async function printChecklist(printer: Printer | null, job: Omit<PrintJob, 'path'>): Promise<PrintOutcome> {
  if (!printer) return { ok: false, reason: 'no-printer', message: 'no printer is configured on this kiosk' };
  try {
    await printer.print({ ...job, path: printRoute(job.procedureId, job.lang, job.format) });
    return { ok: true };
  } catch (err) {
    // A PrinterError says on purpose what the screen may show; any other error crosses as its code only.
    if (err instanceof PrinterError) return { ok: false, reason: err.reason, message: err.message };
    return { ok: false, reason: 'printer-error', message: `the sheet could not be printed (${errorCode(err)})` };
  }
}
