import Database from 'better-sqlite3';
import { loadContent } from '../../content/load';
import type { Content } from '../../content/schema';
import { forceInstall } from './active-content';
import { extractPack } from './extract';
import { holdForTest } from './steps';
import { validateExtracted } from './validate';
import type { WorkerJob } from './content-worker-jobs';

/**
 * The long steps of a content change: extracting and checking a pack, installing content in the database. Run in
 * the content worker (content-worker.ts) by a process that serves visitors, on the caller's thread by the CLI.
 */
export class ContentJobs {
  /** The content the last check passed: the install puts exactly what was checked, not the files read again. */
  private checked: Content | null = null;

  /** `dbFile`: the kiosk's database (opened and migrated by the kiosk), or null to check packs only. */
  constructor(private readonly dbFile: string | null) {}

  async run(job: WorkerJob): Promise<unknown> {
    if (job.kind === 'check') {
      this.checked = null;
      const problems = await extractPack(job.source, job.dir);
      if (problems.length > 0) return { ok: false, problems };
      const result = validateExtracted(job.dir, { trustedKeys: job.trustedKeys });
      this.checked = result.ok ? result.content : null;
      return result.ok
        ? { ok: true, manifest: result.manifest, signedBy: result.signedBy, localPlaces: result.content.localPlaces }
        : result;
    }
    const content = job.dir === null ? this.checked : loadContent(job.dir);
    if (!content) throw new Error('nothing checked to install');
    if (!this.dbFile) throw new Error('these content jobs have no database');
    // Its own connection to the kiosk's database (WAL: the kiosk's connection goes on reading the previous
    // content until this one transaction commits), with the kiosk's busy timeout.
    const db = new Database(this.dbFile);
    try {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      forceInstall(db, content, job.source, new Date(job.now), () => holdForTest('installing'));
    } finally {
      db.close();
    }
    return content;
  }
}
