import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyMachineConfig } from '../../../main/config/apply';
import { machineConfigSchema } from '../../../main/config/schema';
import { projectRoot } from '../../../main/paths';
import { kioskConfig, openKiosk } from '../../../main/services/kiosk';
import { writeSettings } from '../../../main/services/settings';
import { tempDir } from '../../helpers/temp';

test('fallback voices: off by default; IT sets Dari for Pashto in the fleet config and the kiosk hands it to the renderer', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: join(projectRoot, 'data'), dataDir: t.dir });
  try {
    assert.deepEqual(kioskConfig(kiosk).fallbackVoices, {}, 'off by default');
    const config = machineConfigSchema.parse({ kioskId: 'mq-1', fallbackVoices: { ps: 'fa' } });
    const result = applyMachineConfig(kiosk.db, config, ['972']);
    assert.ok('settings' in result);
    assert.deepEqual(kioskConfig(kiosk).fallbackVoices, { ps: 'fa' });
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('fallback voices: only for a language with no voice, and only a language that has one; nothing stored when refused', () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: join(projectRoot, 'data'), dataDir: t.dir });
  try {
    assert.throws(() => writeSettings(kiosk.db, { fallbackVoices: { fr: 'en' } }), /only a language without a voice/);
    assert.throws(
      () => writeSettings(kiosk.db, { fallbackVoices: { ps: 'ff' } }),
      /must be a language with a synthetic/,
    );
    assert.equal(
      machineConfigSchema.safeParse({ kioskId: 'mq-1', fallbackVoices: { ps: 'xx' } }).success,
      false,
      'an unknown language is refused',
    );
    assert.deepEqual(kioskConfig(kiosk).fallbackVoices, {});
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
