import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { readContentState } from '../../../main/services/packs/active-content';
import { defaultContentDir } from '../../../main/paths';
import { makeFolderPack, zipFolder } from '../../helpers/packs';
import { spawnCli } from '../../helpers/cli-async';
import { tempDir } from '../../helpers/temp';

test('three CLI imports at once, 3 rounds: each waits its turn, state.json always names whole copies, the kiosk starts', async () => {
  const t = tempDir();
  try {
    const dataDir = join(t.dir, 'data');
    const versions = ['2099.01.01-1', '2099.01.02-1', '2099.01.03-1'];
    const packs = await Promise.all(
      versions.map((version, i) =>
        zipFolder(makeFolderPack(join(t.dir, `p${i}`), { version, themes: i + 2 }), join(t.dir, `p${i}.zip`)),
      ),
    );
    openKiosk({ contentDir: defaultContentDir, dataDir }).close();
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(
        packs.map((p) => spawnCli(['import', p, '--allow-downgrade', '--data-dir', dataDir])),
      );
      for (const r of runs) assert.equal(r.code, 0, `round ${round}: ${r.stderr}`);
      const state = readContentState(dataDir);
      for (const name of [state.current, state.backup])
        assert.ok(name && existsSync(join(dataDir, 'content', name, 'manifest.json')), `round ${round}: ${name}`);
      // Only the two named copies remain; no staging folder, no lock left behind.
      assert.deepEqual(
        readdirSync(join(dataDir, 'content')).sort(),
        [state.current, state.backup, 'state.json'].sort(),
      );
      const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
      try {
        assert.equal(metaValue(kiosk.db, 'content_source'), state.current);
        assert.ok(versions.includes(metaValue(kiosk.db, 'content_version')!));
      } finally {
        kiosk.close();
      }
    }
  } finally {
    t.cleanup();
  }
});
