import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { contentDirFor, readContentState } from '../../../main/services/packs/active-content';
import { contentSteps, type ContentStep } from '../../../main/services/packs/steps';
import { defaultContentDir } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { makeFolderPack, zipFolder } from '../../helpers/packs';
import { spawnCli } from '../../helpers/cli-async';
import { tempDir } from '../../helpers/temp';

/** Starts the kiosk as the app does and checks it is whole: database = the copy state.json names, nothing left over. */
function checkStart(dataDir: string, label: string): string {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  try {
    assert.deepEqual(kiosk.notices, [], label);
    const state = readContentState(dataDir);
    const dir = contentDirFor(defaultContentDir, dataDir, state.current);
    assert.equal(metaValue(kiosk.db, 'content_source'), state.current, label);
    assert.equal(
      metaValue(kiosk.db, 'content_version'),
      readJson<{ contentVersion: string }>(dir, 'manifest.json').contentVersion,
      label,
    );
    const expected = ['state.json', state.current, state.backup].filter((n) => n !== null && n !== 'bundled');
    assert.deepEqual(readdirSync(join(dataDir, 'content')).sort(), expected.sort(), `${label}: leftovers`);
    return state.current;
  } finally {
    kiosk.close();
  }
}

const switchedOrAfter = (step: ContentStep) => contentSteps.indexOf(step) >= contentSteps.indexOf('switched');

test('kill -9 at every step of import and of restore: the next start is whole, on the old or the new content', async () => {
  const t = tempDir();
  try {
    const dataDir = join(t.dir, 'data');
    const packs = [
      await zipFolder(makeFolderPack(join(t.dir, 'a'), { version: '2099.02.01-1', themes: 2 }), join(t.dir, 'a.zip')),
      await zipFolder(makeFolderPack(join(t.dir, 'b'), { version: '2099.02.02-1', themes: 5 }), join(t.dir, 'b.zip')),
    ];
    assert.equal((await spawnCli(['import', packs[0]!, '--data-dir', dataDir])).code, 0);
    let current = checkStart(dataDir, 'first import');
    for (const [i, step] of contentSteps.entries()) {
      const r = await spawnCli(['import', packs[(i + 1) % 2]!, '--allow-downgrade', '--data-dir', dataDir], {
        REPERE_TEST_KILL_AT: step,
      });
      assert.equal(r.signal, 'SIGKILL', `import killed at ${step}: ${r.stderr}`);
      const now = checkStart(dataDir, `import killed at ${step}`);
      assert.equal(now !== current, switchedOrAfter(step), `import killed at ${step}: switched = ${now !== current}`);
      current = now;
    }
    for (const step of ['locked', 'state-prepared', 'database-installed', 'switched'] as const) {
      const r = await spawnCli(['restore-backup', '--data-dir', dataDir], { REPERE_TEST_KILL_AT: step });
      assert.equal(r.signal, 'SIGKILL', `restore killed at ${step}: ${r.stderr}`);
      const now = checkStart(dataDir, `restore killed at ${step}`);
      assert.equal(now !== current, switchedOrAfter(step), `restore killed at ${step}`);
      current = now;
    }
    // The dead processes' locks were broken: a plain import still works.
    assert.equal((await spawnCli(['import', packs[0]!, '--allow-downgrade', '--data-dir', dataDir])).code, 0);
    checkStart(dataDir, 'after the kills');
  } finally {
    t.cleanup();
  }
});
