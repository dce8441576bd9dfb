import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import type { Db } from '../../../main/db/open';
import { importPack } from '../../../main/services/packs/import';
import { readContentState } from '../../../main/services/packs/active-content';
import { defaultContentDir } from '../../../main/paths';
import { databaseHash, makeFolderPack } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';
import { malformedCases } from './malformed-cases';
import { runContentJobsOnThisThread } from '../../../main/services/packs/content-worker-client';

// What is tested here is the check's refusals. Each import on a worker thread of its own spent about half its time
// starting that thread, 220 times; the worker's own path (a thread per import, off the host's) is tested by
// content-worker.test.ts, import-answers-visitors.test.ts and the kill tests.
runContentJobsOnThisThread();

/**
 * Every write the database has seen: this connection's row changes (total_changes), any other connection's commits
 * (data_version) and any schema change (schema_version). Read after each of the 220 refusals, in place of hashing
 * every table each time (a third of the file's time); the whole database is hashed once at the end.
 */
const writeCount = (db: Db) =>
  [
    db.pragma('data_version', { simple: true }),
    db.pragma('schema_version', { simple: true }),
    db.prepare('SELECT total_changes()').pluck().get(),
  ].join('/');

test('at least 200 malformed packs are each refused with a clear message; the database and content stay byte-for-byte the same', async () => {
  const t = tempDir();
  const dataDir = join(t.dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  try {
    // Start from an imported pack (newer than the shipped content: an equal version is refused), so the refusals
    // are checked against a content copy too.
    const good = makeFolderPack(join(t.dir, 'good'), { version: '2099.01.01-1' });
    assert.equal((await importPack(kiosk, good)).ok, true);
    const before = databaseHash(kiosk.db);
    const writesBefore = writeCount(kiosk.db);
    const stateBefore = readContentState(dataDir);
    const copiesBefore = readdirSync(join(dataDir, 'content')).sort();
    const cases = malformedCases();
    assert.ok(cases.length >= 200, `only ${cases.length} cases`);
    const failures: string[] = [];
    for (const [i, c] of cases.entries()) {
      const dir = join(t.dir, `case-${i}`);
      mkdirSync(dir);
      const pack = await c.build(dir);
      const r = await importPack(kiosk, pack);
      if (r.ok) {
        failures.push(`${c.label}: accepted`);
        continue;
      }
      if (r.problems.length === 0 || r.problems.some((p) => !p.file || p.message.length < 8))
        failures.push(`${c.label}: unclear problems ${JSON.stringify(r.problems)}`);
      if (c.expectFile && !r.problems.some((p) => p.file === c.expectFile || p.field === `files.${c.expectFile}`))
        failures.push(`${c.label}: no problem names ${c.expectFile}: ${JSON.stringify(r.problems)}`);
      if (writeCount(kiosk.db) !== writesBefore) failures.push(`${c.label}: the database was written`);
    }
    assert.deepEqual(failures, []);
    assert.equal(databaseHash(kiosk.db), before);
    assert.deepEqual(readContentState(dataDir), stateBefore);
    assert.deepEqual(readdirSync(join(dataDir, 'content')).sort(), copiesBefore, 'no staging folder left behind');
    // Nothing escaped the staging folder: no file appeared next to the data dir.
    assert.deepEqual(
      readdirSync(t.dir).filter((n) => n.includes('evil')),
      [],
    );
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
