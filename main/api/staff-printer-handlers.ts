import type { CallInput, CallOutput } from '../../common/api/contract';
import type { Kiosk } from '../services/kiosk';
import { listProcedureIds } from '../services/procedures';
import { printChecklist, type Printer } from '../services/printing';
import { CupsCommandError, CupsDownError } from '../services/print/cups';

type PrinterCall = 'staffListPrinters' | 'staffPrintTestPage';
type PrinterHandlers = { [K in PrinterCall]: (input: CallInput<K>) => Promise<CallOutput<K>> };

/** Staff choosing the kiosk's printer: the queues CUPS knows, and a test page on one of them. */
export function createPrinterHandlers(kiosk: Kiosk, printer: Printer | null): PrinterHandlers {
  return {
    staffListPrinters: async () => {
      if (!printer?.listQueues) return { available: false, queues: [], defaultQueue: null };
      try {
        return { available: true, ...(await printer.listQueues()) };
      } catch (err) {
        // No scheduler answers (CUPS not running), or lpstat could not reach it: staff type the name. Any other
        // error is a fault.
        if (err instanceof CupsDownError || err instanceof CupsCommandError)
          return { available: false, queues: [], defaultQueue: null };
        throw err;
      }
    },
    // The test page is a real sheet (the first procedure, in French), so it also shows the fonts and the QR code.
    staffPrintTestPage: ({ printerName, format }) =>
      printChecklist(printer, { procedureId: listProcedureIds(kiosk)[0]!, lang: 'fr', format, printerName }),
  };
}
