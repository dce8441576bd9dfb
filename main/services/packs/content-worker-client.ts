import type { Worker } from 'node:worker_threads';
import type { Content } from '../../content/schema';
import type { PackCheck, WorkerAnswer, WorkerJob } from './content-worker-jobs';
import { startContentWorkerThread } from './content-worker-thread';

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

/**
 * The host's side of the content worker (content-worker.ts): one thread per content change, one job at a time.
 * While a job runs, this thread only waits for a message, so visitor requests go on being answered.
 */
export class ContentWorker {
  private failed: Error | null = null;
  private pending: { resolve(answer: WorkerAnswer): void; reject(err: Error): void } | null = null;
  private readonly exited: Promise<void>;

  private constructor(private readonly thread: Worker) {
    thread.on('message', (answer: WorkerAnswer) => {
      const p = this.pending;
      this.pending = null;
      p?.resolve(answer);
    });
    const fail = (err: Error) => {
      this.failed ??= err;
      const p = this.pending;
      this.pending = null;
      p?.reject(err);
    };
    thread.on('error', fail);
    this.exited = new Promise((done) =>
      thread.once('exit', (code) => {
        fail(new Error(`the content worker stopped (exit code ${code})`));
        done();
      }),
    );
  }

  /** `dbFile`: the kiosk's database, which the worker opens its own connection to; null to check packs only. */
  static start(dbFile: string | null): ContentWorker {
    return new ContentWorker(startContentWorkerThread({ dbFile }));
  }

  private async run(job: WorkerJob): Promise<unknown> {
    if (this.failed) throw this.failed;
    if (this.pending) throw new Error('the content worker runs one job at a time');
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.thread.postMessage(job);
    });
    if (!answer.ok) throw new ContentWorkerError(answer.error.name, answer.error.message, answer.error.code);
    return answer.value;
  }

  /** Checks an extracted pack; the worker keeps the content that passed, for `install`. */
  check(dir: string, trustedKeys: readonly string[]): Promise<PackCheck> {
    return this.run({ kind: 'check', dir, trustedKeys }) as Promise<PackCheck>;
  }

  /**
   * Installs in the kiosk's database, in one transaction, what the last check passed (or the content in `dir`)
   * and returns that content, for the host to serve without reading the files again.
   */
  install(source: string, now: Date, dir: string | null = null): Promise<Content> {
    return this.run({ kind: 'install', source, now: now.toISOString(), dir }) as Promise<Content>;
  }

  async close(): Promise<void> {
    await this.thread.terminate();
    await this.exited;
  }
}
