import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyMachineConfig, settingsPatchFromConfig } from '../../../main/config/apply';
import { machineConfigSchema } from '../../../main/config/schema';
import { projectRoot } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { readSettings, writeSettings, defaultSettings } from '../../../main/services/settings';
import { tempDir } from '../../helpers/temp';

test('the fleet config overrides the settings it names and leaves the others as they are', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: join(projectRoot, 'data'), dataDir: t.dir });
  try {
    // A value changed on the kiosk itself, not named by the config, survives.
    writeSettings(kiosk.db, { volume: 0.3, idleTimeoutSeconds: 300 });
    const config = machineConfigSchema.parse({
      kioskId: 'mq-1',
      territory: '972',
      languages: ['fr', 'ht', 'en'],
      idleTimeoutSeconds: 60,
      printerName: 'Accueil',
      paperFormat: 'receipt',
      hideCursor: false,
    });
    const result = applyMachineConfig(kiosk.db, config, ['972', '75']);
    assert.ok('settings' in result);
    const stored = readSettings(kiosk.db);
    assert.deepEqual(stored, {
      ...defaultSettings,
      volume: 0.3,
      territory: '972',
      languages: ['fr', 'ht', 'en'],
      idleTimeoutSeconds: 60,
      printerName: 'Accueil',
      paperFormat: 'receipt',
      hideCursor: false,
    });
    assert.deepEqual(result.settings, stored);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('an unknown territory is a problem naming the field, and nothing is written', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: join(projectRoot, 'data'), dataDir: t.dir });
  try {
    const config = machineConfigSchema.parse({ kioskId: 'k', territory: '974', idleTimeoutSeconds: 45 });
    const result = applyMachineConfig(kiosk.db, config, ['972', '75']);
    assert.ok('problems' in result);
    assert.equal(result.problems[0]!.field, 'territory');
    assert.match(result.problems[0]!.message, /972, 75/);
    assert.equal(readSettings(kiosk.db).idleTimeoutSeconds, defaultSettings.idleTimeoutSeconds);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('fields that are not settings (kioskId, mode, pinHash, contentPack) never reach the settings', () => {
  const patch = settingsPatchFromConfig(
    machineConfigSchema.parse({ kioskId: 'k', mode: 'desk', contentPack: '/p.zip', hideCursor: true }),
  );
  assert.deepEqual(patch, { hideCursor: true });
});

test('main/config is plain Node: no electron import', () => {
  const dir = join(projectRoot, 'main/config');
  for (const f of readdirSync(dir)) {
    assert.doesNotMatch(readFileSync(join(dir, f), 'utf8'), /from ['"]electron['"]|require\(['"]electron['"]\)/, f);
  }
});
