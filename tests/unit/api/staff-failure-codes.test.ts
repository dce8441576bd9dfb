import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { answerCall } from '../../../main/api/answer';
import { openKiosk } from '../../../main/services/kiosk';
import { defaultContentDir } from '../../../main/paths';
import { fillDisk, mountSmallDisk } from '../../helpers/full-disk';
import { makeFolderPack, zipFolder } from '../../helpers/packs';
import { setQuickPin } from '../../helpers/pin';
import { tempDir } from '../../helpers/temp';

const failsWith = (code: string, pattern: RegExp) => (e: unknown) =>
  e instanceof CallFailure && e.error.code === code && pattern.test(e.error.message);

// Issue 25: a full disk and a database another process holds reached the staff screen as "the operation failed".
test('a full disk during a staff import answers disk-full, saying nothing changed; with space back it imports', async () => {
  const t = tempDir();
  const dataDir = join(t.dir, 'disk');
  const disk = mountSmallDisk(dataDir, 40);
  assert.ok(disk, 'a small tmpfs can be mounted (the tests run as root, as cups-pdf needs)');
  try {
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    await setQuickPin(kiosk.db, '246813');
    const h = createHandlers(kiosk);
    const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
    mkdirSync(join(dataDir, 'packs'));
    await zipFolder(
      makeFolderPack(join(t.dir, 'next'), { version: '2099.03.01-1', themes: 2 }),
      join(dataDir, 'packs', 'next.zip'),
    );
    const free = fillDisk(join(dataDir, 'filler'));
    await assert.rejects(
      dispatch(h, 'staffImportPack', { token, name: 'next.zip', allowDowngrade: false }),
      failsWith('disk-full', /is full: nothing was changed/),
    );
    // What the renderer receives: the code, over either transport.
    const answer = await answerCall(h, 'staffImportPack', { token, name: 'next.zip', allowDowngrade: false });
    assert.equal(!answer.ok && answer.error.code, 'disk-full');
    free();
    const r = (await dispatch(h, 'staffImportPack', { token, name: 'next.zip', allowDowngrade: false })) as {
      ok: boolean;
    };
    assert.equal(r.ok, true);
    kiosk.close();
  } finally {
    disk?.unmount();
    t.cleanup();
  }
});

test('a database another process holds for writing answers busy to a staff save, not "the operation failed"', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
  const other = new Database(join(t.dir, 'repere.sqlite'));
  try {
    await setQuickPin(kiosk.db, '246813');
    const h = createHandlers(kiosk);
    const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
    other.exec('BEGIN IMMEDIATE'); // held past the kiosk's 5 s busy timeout
    await assert.rejects(
      dispatch(h, 'staffSaveSettings', { token, patch: { volume: 0.5 } }),
      failsWith('busy', /Another Repère process/),
    );
    other.exec('ROLLBACK');
    const saved = (await dispatch(h, 'staffSaveSettings', { token, patch: { volume: 0.5 } })) as { ok: boolean };
    assert.equal(saved.ok, true);
  } finally {
    other.close();
    kiosk.close();
    t.cleanup();
  }
});
