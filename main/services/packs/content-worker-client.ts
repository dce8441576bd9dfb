import type { Worker } from 'node:worker_threads';
import type { Content } from '../../content/schema';
import type { PackCheck, WorkerAnswer, WorkerJob } from './content-worker-jobs';
import { startContentWorkerThread } from './content-worker-thread';
import { ContentJobs } from './content-jobs';

let offThread = true;
/**
 * For a process that serves no visitors (the CLI): its content jobs run on its own thread, sparing it the worker's
 * start (2–4 s from source under tsx, where every module is compiled again for the new thread).
 */
export function runContentJobsOnThisThread(): void {
  offThread = false;
}

/** An error thrown in the content worker, as the host's thread sees it: its name, message and code kept. */
export class ContentWorkerError extends Error {
  constructor(
    name: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = name;
  }
}

interface JobRunner {
  run(job: WorkerJob): Promise<unknown>;
  stop(): Promise<void>;
}

/** Jobs posted to a worker thread, one at a time; the thread stopping or failing fails the job it was running. */
function threadRunner(thread: Worker): JobRunner {
  let failed: Error | null = null;
  let pending: { resolve(answer: WorkerAnswer): void; reject(err: Error): void } | null = null;
  const take = () => {
    const p = pending;
    pending = null;
    return p;
  };
  const fail = (err: Error) => {
    failed ??= err;
    take()?.reject(err);
  };
  thread.on('message', (answer: WorkerAnswer) => take()?.resolve(answer));
  thread.on('error', fail);
  const exited = new Promise<void>((done) =>
    thread.once('exit', (code) => {
      fail(new Error(`the content worker stopped (exit code ${code})`));
      done();
    }),
  );
  return {
    async run(job) {
      if (failed) throw failed;
      if (pending) throw new Error('the content worker runs one job at a time');
      const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
        pending = { resolve, reject };
        thread.postMessage(job);
      });
      if (!answer.ok) throw new ContentWorkerError(answer.error.name, answer.error.message, answer.error.code);
      return answer.value;
    },
    async stop() {
      await thread.terminate();
      await exited;
    },
  };
}

/**
 * The long steps of one content change (content-jobs.ts), run in a worker thread (content-worker.ts) by default:
 * while a job runs, this thread only waits for a message, so visitor requests go on being answered.
 */
export class ContentWorker {
  private constructor(private readonly runner: JobRunner) {}

  /** `dbFile`: the kiosk's database, which the worker opens its own connection to; null to check packs only. */
  static start(dbFile: string | null): ContentWorker {
    if (offThread) return new ContentWorker(threadRunner(startContentWorkerThread({ dbFile })));
    const jobs = new ContentJobs(dbFile);
    return new ContentWorker({ run: (job) => jobs.run(job), stop: async () => undefined });
  }

  /**
   * Extracts a pack (folder or zip) into `dir` and checks it there; the worker keeps the content that passed, for
   * `install`. The caller removes `dir`.
   */
  check(source: string, dir: string, trustedKeys: readonly string[]): Promise<PackCheck> {
    return this.runner.run({ kind: 'check', source, dir, trustedKeys }) as Promise<PackCheck>;
  }

  /**
   * Installs in the kiosk's database, in one transaction, what the last check passed (or the content in `dir`)
   * and returns that content, for the host to serve without reading the files again.
   */
  install(source: string, now: Date, dir: string | null = null): Promise<Content> {
    return this.runner.run({ kind: 'install', source, now: now.toISOString(), dir }) as Promise<Content>;
  }

  close(): Promise<void> {
    return this.runner.stop();
  }
}
