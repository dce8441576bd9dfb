// From source (tests, `npm run serve`, `npm run cli`, under tsx): starts content-worker.ts. The bundles use
// content-worker-thread.bundle.ts instead (scripts/build-entries.mjs swaps it in): CommonJS bundles have no
// import.meta.
import { Worker } from 'node:worker_threads';
import type { WorkerStart } from './content-worker-jobs';

export function startContentWorkerThread(workerData: WorkerStart): Worker {
  // `npm test` bundles content-worker.ts once (scripts/build-test-cli.mjs): a worker from the sources compiles
  // every module again through tsx at each start (2–4 s), and the unit files start one for each of hundreds of
  // imports and pack checks.
  const bundle = process.env.REPERE_TEST_CONTENT_WORKER;
  if (bundle) return new Worker(bundle, { workerData });
  const entry = new URL('./content-worker.ts', import.meta.url).href;
  // A worker does not inherit tsx's loader hooks (Node 20: a .ts entry fails with ERR_UNKNOWN_FILE_EXTENSION):
  // it registers them itself before loading the TypeScript entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
