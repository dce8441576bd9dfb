import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnCli } from '../../helpers/cli-async';
import { withTemp } from '../../helpers/temp';

// Issue 25: two imports started on a fresh data folder answered a raw "database is locked" in 3 of 4 tries.
test('four CLI processes starting at once on a fresh data folder all start, 3 rounds', async (t) => {
  for (let round = 0; round < 3; round++) {
    const dataDir = join(withTemp(t), 'data');
    const runs = await Promise.all(Array.from({ length: 4 }, () => spawnCli(['info', '--data-dir', dataDir])));
    for (const r of runs) {
      assert.doesNotMatch(r.stderr, /database is locked|SQLITE_BUSY|already exists/, `round ${round}`);
      assert.equal(r.code, 0, `round ${round}: ${r.stderr}`);
    }
  }
});
