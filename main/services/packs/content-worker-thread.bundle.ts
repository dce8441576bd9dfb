// In the bundles (the Electron main process dist/main/electron/main.cjs, the packed CLI dist/main/cli/cli.cjs):
// the worker is its own bundle beside them, dist/main/workers/content-worker.cjs (scripts/build-entries.mjs puts
// this file in place of content-worker-thread.ts). Inside app.asar it loads as it is: Electron reads the archive
// in worker threads too (since Electron 18), and better-sqlite3's .node is unpacked as for the main process.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerStart } from './content-worker-jobs';

export function startContentWorkerThread(workerData: WorkerStart): Worker {
  return new Worker(join(__dirname, '..', 'workers', 'content-worker.cjs'), { workerData });
}
