import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openKiosk, kioskInfo, kioskConfig } from '../../../main/services/kiosk';
import { listThemes } from '../../../main/services/content-store';
import { readSettings, writeSettings, defaultSettings } from '../../../main/services/settings';
import { applyMachineConfig } from '../../../main/config/apply';
import { machineConfigSchema } from '../../../main/config/schema';
import { ContentError } from '../../../main/content/load';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';

test('the first start builds the database from data/, and a new content version rebuilds it', (t) => {
  const dir = withTemp(t);
  const contentDir = copyContent(join(dir, 'content'));
  const paths = { contentDir, dataDir: join(dir, 'data') };
  const manifest = readJson<{ contentVersion: string }>(contentDir, 'manifest.json');

  let kiosk = openKiosk(paths);
  assert.equal(kioskInfo(kiosk).contentVersion, manifest.contentVersion);
  assert.equal(listThemes(kiosk.db).length, readJson<unknown[]>(contentDir, 'themes.json').length);
  kiosk.close();

  // Same version: content left as installed even if the files changed (a version bump is the signal).
  const themes = readJson<unknown[]>(contentDir, 'themes.json');
  writeJson(contentDir, 'themes.json', themes.slice(0, 3));
  kiosk = openKiosk(paths);
  assert.equal(listThemes(kiosk.db).length, themes.length);
  kiosk.close();

  writeJson(contentDir, 'manifest.json', { ...manifest, contentVersion: '2099.01.01-1' });
  kiosk = openKiosk(paths);
  assert.equal(kioskInfo(kiosk).contentVersion, '2099.01.01-1');
  assert.deepEqual(
    listThemes(kiosk.db).map((th) => th.id),
    (themes.slice(0, 3) as { id: string }[]).map((th) => th.id),
  );
  kiosk.close();
});

test('broken content stops the start with a ContentError and leaves the installed database alone', (t) => {
  const dir = withTemp(t);
  const contentDir = copyContent(join(dir, 'content'));
  const paths = { contentDir, dataDir: join(dir, 'data') };
  openKiosk(paths).close();
  writeJson(contentDir, 'territories.json', []);
  assert.throws(() => openKiosk(paths), ContentError);
});

test('settings are validated, persisted, and the config reports the manifest territory by default', (t) => {
  const dir = withTemp(t);
  const contentDir = copyContent(join(dir, 'content'));
  const kiosk = openKiosk({ contentDir, dataDir: join(dir, 'data') });
  assert.deepEqual(readSettings(kiosk.db), defaultSettings);
  assert.equal(
    kioskConfig(kiosk).territory,
    readJson<{ defaultTerritory: string }>(contentDir, 'manifest.json').defaultTerritory,
  );
  writeSettings(kiosk.db, { languages: ['ar', 'fr'], idleTimeoutSeconds: 120 });
  assert.deepEqual(kioskConfig(kiosk).languages, ['ar', 'fr']);
  assert.throws(() => writeSettings(kiosk.db, { idleTimeoutSeconds: 5 }));
  assert.throws(() => writeSettings(kiosk.db, { languages: ['fr', 'fr'] }));
  assert.equal(readSettings(kiosk.db).idleTimeoutSeconds, 120);
  kiosk.close();
});

test('a new kiosk explores first (a first touch speaks, a second acts); a machine config can turn it off', (t) => {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: copyContent(join(dir, 'content')), dataDir: join(dir, 'data') });
  assert.equal(kioskConfig(kiosk).exploreFirst, true);
  const result = applyMachineConfig(kiosk.db, machineConfigSchema.parse({ kioskId: 'k-1', exploreFirst: false }), [
    kioskConfig(kiosk).territory,
  ]);
  assert.ok('settings' in result);
  assert.equal(kioskConfig(kiosk).exploreFirst, false);
  kiosk.close();
});
