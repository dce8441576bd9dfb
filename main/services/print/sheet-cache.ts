import { createHash } from 'node:crypto';
import type { Kiosk } from '../kiosk';
import { getPrintableChecklist, listProcedureIds } from '../procedures';
import { readSettings } from '../settings';
import { reviewedUiTexts } from '../translation-reviews';
import { printRoute, type PaperFormat, type PrintJob } from '../printing';

/**
 * Rendered sheets, kept in memory, keyed on what the sheet shows: its data as the print page reads it (the
 * procedure in both languages, its places with their hours and warnings, the printed date, the content
 * version) and the interface texts reviewed on this kiosk in both languages. Anything that changes the sheet
 * (a new day, a staff hours edit or confirmation, a translation corrected at the desk, another territory)
 * changes the key, whichever store it was written to, and the old sheet is never printed again.
 */
export async function sheetKey(kiosk: Kiosk, job: Omit<PrintJob, 'path'>): Promise<string> {
  const sheet = await getPrintableChecklist(kiosk, job.procedureId, job.lang);
  const shown = {
    job: [job.procedureId, job.lang, job.format],
    // The sheet prints the UTC date of printedAt, not its time.
    sheet: sheet && { ...sheet, printedAt: sheet.printedAt.slice(0, 10) },
    labels: [reviewedUiTexts(kiosk, job.lang), reviewedUiTexts(kiosk, 'fr')],
  };
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}

export interface SheetCache {
  pdf(job: PrintJob): Promise<Buffer>;
  /** Renders the French sheets of every procedure in the background, one at a time. */
  prepareFrench(): Promise<void>;
  readonly size: number;
}

export function createSheetCache(
  kiosk: Kiosk,
  render: (job: PrintJob) => Promise<Buffer>,
  maxSheets = 120,
): SheetCache {
  const sheets = new Map<string, Promise<Buffer>>();
  const pdf = async (job: PrintJob): Promise<Buffer> => {
    const key = await sheetKey(kiosk, job);
    const hit = sheets.get(key);
    if (hit) {
      sheets.delete(key); // most recently used goes last
      sheets.set(key, hit);
      return hit;
    }
    const made = render(job);
    sheets.set(key, made);
    made.catch(() => sheets.delete(key)); // a failed render is tried again next time
    while (sheets.size > maxSheets) sheets.delete(sheets.keys().next().value!);
    return made;
  };
  return {
    pdf,
    get size() {
      return sheets.size;
    },
    async prepareFrench() {
      const format: PaperFormat = readSettings(kiosk.db).paperFormat;
      for (const procedureId of listProcedureIds(kiosk)) {
        const job = { procedureId, lang: 'fr', format };
        await pdf({ ...job, path: printRoute(procedureId, 'fr', format) }).catch(() => undefined);
      }
    },
  };
}
