import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrinterError, type Printer, type PrintJob } from '../printing';
import { cups, CupsQueueMissing, defaultCupsServer, type CupsServer, type PrinterState } from './cups';
import { failureOf, finishedJobStates, paperTrouble, printerDown, stuckJobStates } from './printer-troubles';

export interface CupsPrinterOptions {
  /** The queue to print on, read per job so a changed setting applies at once; null: the CUPS default. */
  queue: () => string | null;
  /** The sheet as a PDF (Chromium: the browser host's page.pdf, Electron's printToPDF), usually cached. */
  renderPdf: (job: PrintJob) => Promise<Buffer>;
  server?: CupsServer;
  /** A job not completed by then is cancelled and reported as a printer error. */
  timeoutMs?: number;
  /** How often the job is looked at while it prints. */
  pollMs?: number;
  /**
   * A paper trouble the printer already showed before this job may be stale (CUPS keeps a backend's last
   * reasons): it counts only once the job has not completed for this long.
   */
  staleTroubleMs?: number;
  /** The job title CUPS shows (and cups-pdf names its file after). */
  title?: (job: PrintJob) => string;
  /** Called when the scheduler has accepted the job (for the benchmark). */
  onAccepted?: (jobId: number) => void;
}

/**
 * The same title for every job: CUPS writes it to its page_log and job history, which must not tell which
 * procedure or language a visitor printed (issue 25; it was `repere-<procedure>-<lang>-<format>`).
 */
export const neutralJobTitle = 'repere';
const defaultTitle = () => neutralJobTitle;

async function stateOf(server: CupsServer, queue: string): Promise<PrinterState> {
  try {
    return await cups.printerState(server, queue);
  } catch (err) {
    if (err instanceof CupsQueueMissing) throw new PrinterError('printer-error', `print queue "${queue}" is missing`);
    throw new PrinterError('printer-error', err instanceof Error ? err.message : String(err));
  }
}

/** Follows a job until it completes; any other end cancels it, so nothing comes out later for nobody. */
async function follow(server: CupsServer, queue: string, jobId: number, before: PrinterState, o: Required<Timing>) {
  const started = Date.now();
  let processingSince: number | null = null;
  const fail = async (reason: ReturnType<typeof failureOf>, message: string): Promise<never> => {
    await cups.purge(server, jobId);
    throw new PrinterError(reason, `${queue} job ${jobId}: ${message}`);
  };
  for (;;) {
    const job = await cups.jobState(server, jobId);
    if (job.state === 'completed') return;
    const printer = await stateOf(server, queue);
    if (finishedJobStates.has(job.state) || stuckJobStates.has(job.state)) {
      return fail(failureOf(printer.reasons), `${job.state} (${printer.reasons.join(',')})`);
    }
    if (job.state === 'processing') processingSince ??= Date.now();
    const trouble = paperTrouble(printer.reasons);
    const fresh = trouble !== null && trouble !== paperTrouble(before.reasons);
    const lasting = trouble !== null && processingSince !== null && Date.now() - processingSince > o.staleTroubleMs;
    if (trouble && (fresh || lasting)) return fail(trouble, printer.reasons.join(','));
    if (printerDown(printer)) return fail('printer-error', `printer ${printer.state} (${printer.reasons.join(',')})`);
    if (Date.now() - started > o.timeoutMs) return fail('printer-error', `not printed within ${o.timeoutMs} ms`);
    await sleep(o.pollMs);
  }
}

type Timing = Pick<CupsPrinterOptions, 'timeoutMs' | 'pollMs' | 'staleTroubleMs'>;

/** The Linux printer backend for both hosts: render to PDF, submit over CUPS, follow the job to its end. */
export function cupsPrinter(options: CupsPrinterOptions): Printer {
  const server = options.server ?? defaultCupsServer();
  const timing: Required<Timing> = {
    timeoutMs: options.timeoutMs ?? 30_000,
    pollMs: options.pollMs ?? 150,
    staleTroubleMs: options.staleTroubleMs ?? 4_000,
  };
  return {
    listQueues: async () => ({ queues: await cups.queues(server), defaultQueue: await cups.defaultQueue(server) }),
    async print(job) {
      // No scheduler at all is "no printer" for the visitor (ask at the desk), not a broken printer.
      await cups.requireScheduler(server).catch((err: unknown) => {
        throw new PrinterError('no-printer', err instanceof Error ? err.message : String(err));
      });
      const queue =
        (job.printerName !== undefined ? job.printerName : options.queue()) ?? (await cups.defaultQueue(server));
      if (!queue) throw new PrinterError('no-printer', 'no print queue is set and CUPS has no default');
      // The sheet renders while CUPS is asked about the printer.
      const [before, pdf] = await Promise.all([stateOf(server, queue), options.renderPdf(job)]);
      if (printerDown(before)) throw new PrinterError('printer-error', `${queue} is ${before.state}`);
      const file = join(tmpdir(), `repere-${randomBytes(6).toString('hex')}.pdf`);
      await writeFile(file, pdf);
      try {
        const jobId = await cups.submit(server, queue, file, (options.title ?? defaultTitle)(job)).catch((err) => {
          throw new PrinterError('printer-error', err instanceof Error ? err.message : String(err));
        });
        options.onAccepted?.(jobId);
        await follow(server, queue, jobId, before, timing);
        await cups.purge(server, jobId);
      } finally {
        await rm(file, { force: true });
      }
    },
  };
}
