import type { Kiosk } from '../kiosk';
import { metaValue } from '../content-store';
import { localDay } from '../../hours/zoned';
import { listProcedureIds } from '../procedures';
import { readSettings } from '../settings';
import { printRoute, type PaperFormat, type PrintJob } from '../printing';

/**
 * Rendered sheets, kept in memory. A sheet depends only on the procedure, the language, the format, the
 * content version, the territory, the day (the sheet prints its date; places follow the local day) and staff
 * hour edits, so that is the key: any of them changing makes a new key and the old sheet is never shown.
 */
export function sheetKey(kiosk: Kiosk, job: Omit<PrintJob, 'path'>): string {
  const now = kiosk.clock();
  const territory = kiosk.territory();
  const hourEdits = kiosk.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM hours_changes').get() as { n: number };
  return [
    metaValue(kiosk.db, 'content_version') ?? '',
    territory.id,
    localDay(now, territory.timezone),
    now.toISOString().slice(0, 10), // the printed date is the UTC date of printedAt
    hourEdits.n,
    job.procedureId,
    job.lang,
    job.format,
  ].join('|');
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
  const pdf = (job: PrintJob): Promise<Buffer> => {
    const key = sheetKey(kiosk, job);
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
