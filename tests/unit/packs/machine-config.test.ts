import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { compareContentVersions, importPackIfNewer } from '../../../main/services/packs/newer';
import { applyConfiguredPinHash, checkPin, setPin } from '../../../main/services/staff/pin-store';
import { hashPin } from '../../../main/services/pin';
import { defaultContentDir } from '../../../main/paths';
import { makeFolderPack } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

test('content versions order by date, then by their number', () => {
  assert.ok(compareContentVersions('2026.11.25-10', '2026.11.25-9') > 0);
  assert.ok(compareContentVersions('2026.11.24-9', '2026.11.25-1') < 0);
  assert.equal(compareContentVersions('2026.11.25-1', '2026.11.25-1'), 0);
});

test('a configured pack is imported only when newer, so a restart or a restore is not undone', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const pack = makeFolderPack(join(t.dir, 'p'), { version: '2099.07.01-1', themes: 2 });
    const first = await importPackIfNewer(kiosk, pack);
    assert.deepEqual(first, { ok: true, contentVersion: '2099.07.01-1', territory: '972', signedBy: null });
    assert.deepEqual(await importPackIfNewer(kiosk, pack), { ok: true, skipped: true, contentVersion: '2099.07.01-1' });
    const old = makeFolderPack(join(t.dir, 'old'), { version: '2000.01.01-1' });
    assert.equal(((await importPackIfNewer(kiosk, old)) as { skipped?: boolean }).skipped, true);
    assert.equal(metaValue(kiosk.db, 'content_version'), '2099.07.01-1');
    const broken = await importPackIfNewer(kiosk, join(t.dir, 'missing.zip'));
    assert.equal(broken.ok, false);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('a configured PIN hash is applied once per value: a PIN changed by staff afterwards is kept', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
  const clock = () => new Date('2026-11-25T10:00:00Z');
  try {
    const hash = await hashPin('135791');
    assert.equal(applyConfiguredPinHash(kiosk.db, hash), true);
    assert.deepEqual(await checkPin(kiosk.db, clock, '135791'), { ok: true });
    await setPin(kiosk.db, '864213');
    assert.equal(applyConfiguredPinHash(kiosk.db, hash), false, 'the same config at the next start changes nothing');
    assert.deepEqual(await checkPin(kiosk.db, clock, '864213'), { ok: true });
    assert.equal(applyConfiguredPinHash(kiosk.db, await hashPin('135791')), true, 'a new hash from IT applies');
    assert.deepEqual(await checkPin(kiosk.db, clock, '135791'), { ok: true });
    assert.throws(() => applyConfiguredPinHash(kiosk.db, 'plain-135791'), /Not a PIN hash/);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
