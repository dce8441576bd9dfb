import { BrowserWindow } from 'electron';
import { PrinterError, type Printer, type PrintJob } from '../services/printing';
import { appOrigin } from './window-config';
import { awaitPrintReadyScript } from '../../common/print/ready';

/**
 * Silent printing of checklist sheets for the Electron shell. main.ts creates the printer once and gives it to
 * createHandlers(kiosk, { printer }); the shell helper wires it (this file only adds these exports).
 */
export interface ElectronPrinterOptions {
  /** The preload bundle, so the sheet reaches main through the same contract as the kiosk window. */
  preloadPath: string;
  /** Read on every job so a changed setting applies at once; null prints to the system default printer. */
  deviceName: () => string | null;
}

// An 80 mm receipt page; the height is the sheet's own @page height (see renderer/src/features/print/print.css).
const receiptPage = { width: 80_000, height: 297_000 };

/** Loads the print route in a hidden, sandboxed window and waits until the page says it is laid out. */
async function loadSheet(job: PrintJob, preloadPath: string): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { preload: preloadPath, contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  try {
    await win.loadURL(`${appOrigin}${job.path}`);
    // The page says when it is laid out (an event), so the shell does not poll it.
    const state: unknown = await win.webContents.executeJavaScript(awaitPrintReadyScript);
    if (state !== 'ready') throw new PrinterError('printer-error', `the sheet for ${job.procedureId} did not load`);
    return win;
  } catch (err) {
    win.destroy();
    throw err;
  }
}

function reasonOf(failure: string): 'out-of-paper' | 'paper-jam' | 'printer-error' {
  if (/jam/i.test(failure)) return 'paper-jam';
  return /paper/i.test(failure) ? 'out-of-paper' : 'printer-error';
}

export function electronPrinter(options: ElectronPrinterOptions): Printer {
  return {
    async print(job) {
      const deviceName = job.printerName !== undefined ? job.printerName : options.deviceName();
      const win = await loadSheet(job, options.preloadPath);
      try {
        const printers = await win.webContents.getPrintersAsync();
        if (printers.length === 0 || (deviceName !== null && !printers.some((p) => p.name === deviceName))) {
          throw new PrinterError(
            'no-printer',
            deviceName ? `printer "${deviceName}" not found` : 'no printer installed',
          );
        }
        await new Promise<void>((resolve, reject) => {
          win.webContents.print(
            {
              silent: true,
              printBackground: true,
              ...(deviceName ? { deviceName } : {}),
              ...(job.format === 'receipt' ? { pageSize: receiptPage, color: false } : { pageSize: 'A4' as const }),
            },
            (success, failure) => (success ? resolve() : reject(new PrinterError(reasonOf(failure), failure))),
          );
        });
      } finally {
        win.destroy();
      }
    },
  };
}

/** The same sheet as a PDF, for a preview on the staff screen or a printer-less kiosk. */
export async function checklistPdf(job: PrintJob, preloadPath: string): Promise<Buffer> {
  const win = await loadSheet(job, preloadPath);
  try {
    return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  } finally {
    win.destroy();
  }
}
