import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentWorker } from '../../../main/services/packs/content-worker-client';
import { defaultContentDir } from '../../../main/paths';
import { withTemp } from '../../helpers/temp';

// The host's thread sees a failure in the content worker as the caller of an import did before (its code is what
// turns SQLITE_FULL into "the disk is full" for staff: main/services/packs/import.ts).
test('a failure in the content worker reaches the caller with its name, message and code', async (t) => {
  const dir = withTemp(t);
  const notADatabase = join(dir, 'a-folder');
  mkdirSync(notADatabase);
  const worker = ContentWorker.start(notADatabase);
  try {
    await assert.rejects(worker.install('bundled', new Date(), defaultContentDir), (err: Error & { code?: string }) => {
      assert.equal(err.name, 'SqliteError');
      assert.equal(err.code, 'SQLITE_CANTOPEN');
      assert.match(err.message, /unable to open database file/);
      return true;
    });
    // The worker is still there for the next job: a check of a pack that does not exist.
    const check = await worker.check(join(dir, 'no-pack'), join(dir, 'work'), []);
    assert.equal(check.ok, false);
  } finally {
    await worker.close();
  }
});
