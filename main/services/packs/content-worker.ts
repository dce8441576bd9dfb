// The content worker's own thread (worker_threads): the long steps of an import, restore or pack check run here,
// so the thread that serves visitors (the browser host, Electron's main process) stays free. Started by
// content-worker-client.ts; built to dist/main/workers/content-worker.cjs (scripts/build-entries.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { ContentJobs } from './content-jobs';
import type { WorkerAnswer, WorkerJob, WorkerStart } from './content-worker-jobs';

const jobs = new ContentJobs((workerData as WorkerStart).dbFile);

parentPort!.on('message', async (job: WorkerJob) => {
  let answer: WorkerAnswer;
  try {
    answer = { ok: true, value: await jobs.run(job) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    answer = { ok: false, error: { name: e?.name ?? 'Error', message: String(e?.message ?? err), code: e?.code } };
  }
  parentPort!.postMessage(answer);
});
