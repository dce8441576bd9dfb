import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { readContentState } from '../../../main/services/packs/active-content';
import { importPack } from '../../../main/services/packs/import';
import { defaultContentDir } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { fillDisk, mountSmallDisk } from '../../helpers/full-disk';
import { makeFolderPack } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

const shipped = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion;

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device (injected)'), { code: 'ENOSPC' });
}

test('disk full at the database step: the import fails, nothing switches, the kiosk starts while full and after', async () => {
  const t = tempDir();
  const dataDir = join(t.dir, 'disk');
  const disk = mountSmallDisk(dataDir, 24);
  try {
    const pack = makeFolderPack(join(t.dir, 'pack'), { version: '2099.03.01-1', themes: 2 });
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    let free = () => {};
    // A real full disk when a tmpfs could be mounted here; otherwise the same failure injected at that step.
    const atDatabaseStep = (step: string) => {
      if (step !== 'state-prepared') return;
      if (!disk) throw enospc();
      free = fillDisk(join(dataDir, 'filler'));
    };
    // Said plainly (issue 25: "database or disk is full" reached staff raw), whether SQLite or Node saw it.
    await assert.rejects(
      () => importPack(kiosk, pack, { onStep: atDatabaseStep }),
      /^ContentDiskFullError: The disk holding .* is full: nothing was changed, the previous content is still active/,
    );
    assert.equal(metaValue(kiosk.db, 'content_version'), shipped, 'the database is still on the old content');
    assert.equal(readContentState(dataDir).current, 'bundled', 'state.json did not switch');
    kiosk.close();

    const whileFull = openKiosk({ contentDir: defaultContentDir, dataDir });
    assert.equal(metaValue(whileFull.db, 'content_version'), shipped, 'starts while the disk is full');
    whileFull.close();

    free();
    const after = openKiosk({ contentDir: defaultContentDir, dataDir });
    assert.equal(metaValue(after.db, 'content_version'), shipped, 'the failed pack never becomes active');
    assert.deepEqual(
      readdirSync(join(dataDir, 'content')).filter((n) => n !== 'state.json'),
      [],
      'no copy of the failed pack is left',
    );
    assert.equal((await importPack(after, pack)).ok, true, 'with space back, the same pack imports');
    assert.ok(existsSync(join(dataDir, 'content', readContentState(dataDir).current)));
    after.close();
  } finally {
    disk?.unmount();
    t.cleanup();
  }
});

test('a failure after the database step (the switch itself) puts the old content back in the database', async () => {
  const t = tempDir();
  try {
    const pack = makeFolderPack(join(t.dir, 'pack'), { version: '2099.03.02-1', themes: 2 });
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
    const failSwitch = (step: string) => {
      if (step === 'database-installed') throw enospc();
    };
    await assert.rejects(() => importPack(kiosk, pack, { onStep: failSwitch }), /is full: nothing was changed.*ENOSPC/);
    assert.equal(metaValue(kiosk.db, 'content_version'), shipped);
    assert.equal(metaValue(kiosk.db, 'content_source'), 'bundled');
    assert.equal(readContentState(t.dir).current, 'bundled');
    kiosk.close();
  } finally {
    t.cleanup();
  }
});
