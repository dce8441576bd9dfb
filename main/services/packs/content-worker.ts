// The content worker's own thread (worker_threads): the long steps of an import, restore or pack check run here,
// so the thread that serves visitors (the browser host, Electron's main process) stays free. Started by
// content-worker-client.ts; built to dist/main/workers/content-worker.cjs (scripts/build-entries.mjs).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { loadContent } from '../../content/load';
import type { Content } from '../../content/schema';
import { forceInstall } from './active-content';
import { holdForTest } from './steps';
import { validateExtracted } from './validate';
import type { WorkerAnswer, WorkerJob, WorkerStart } from './content-worker-jobs';

const { dbFile } = workerData as WorkerStart;
/** The content the last check passed: the install puts exactly what was checked, not the files read again. */
let checked: Content | null = null;

function run(job: WorkerJob): unknown {
  if (job.kind === 'check') {
    const result = validateExtracted(job.dir, { trustedKeys: job.trustedKeys });
    checked = result.ok ? result.content : null;
    return result.ok ? { ok: true, manifest: result.manifest, signedBy: result.signedBy } : result;
  }
  const content = job.dir === null ? checked : loadContent(job.dir);
  if (!content) throw new Error('nothing checked to install');
  if (!dbFile) throw new Error('this content worker has no database');
  // Its own connection to the kiosk's database (WAL: the host's thread goes on reading the previous content
  // until this one transaction commits). The host opened and migrated the file; the same busy timeout.
  const db = new Database(dbFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    forceInstall(db, content, job.source, new Date(job.now), () => holdForTest('installing'));
  } finally {
    db.close();
  }
  return content;
}

parentPort!.on('message', (job: WorkerJob) => {
  let answer: WorkerAnswer;
  try {
    answer = { ok: true, value: run(job) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    answer = { ok: false, error: { name: e?.name ?? 'Error', message: String(e?.message ?? err), code: e?.code } };
  }
  parentPort!.postMessage(answer);
});
