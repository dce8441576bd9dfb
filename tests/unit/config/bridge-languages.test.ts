import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyMachineConfig } from '../../../main/config/apply';
import { machineConfigSchema } from '../../../main/config/schema';
import { projectRoot } from '../../../main/paths';
import { kioskConfig, openKiosk } from '../../../main/services/kiosk';
import { readSettings, writeSettings } from '../../../main/services/settings';
import { bridgeLanguagesSchema, bridgesPerLanguage } from '../../../main/services/bridge-languages';
import { espeakVoiceFor } from '../../../common/speech/espeak-engine';
import { supportedLocales } from '../../../common/locales';
import { tempDir } from '../../helpers/temp';

function withKiosk(run: (kiosk: ReturnType<typeof openKiosk>) => void) {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: join(projectRoot, 'data'), dataDir: t.dir });
  try {
    run(kiosk);
  } finally {
    kiosk.close();
    t.cleanup();
  }
}

test('bridge languages: on by default for every voiceless language (Pashto → Dari, Pulaar → French)', () => {
  withKiosk((kiosk) => {
    const bridges = kioskConfig(kiosk).bridgeLanguages;
    assert.deepEqual(bridges, { ps: 'fa', ff: 'fr' });
    const voiceless = supportedLocales.filter((code) => !espeakVoiceFor(code));
    assert.deepEqual(Object.keys(bridges).sort(), [...voiceless].sort(), 'no voiceless language is left silent');
    for (const bridge of Object.values(bridges)) assert.ok(espeakVoiceFor(bridge!), `${bridge} has a voice`);
  });
});

test('bridge languages: the machine config changes one, turns one off (null) or all off (null), and wins', () => {
  withKiosk((kiosk) => {
    const apply = (bridgeLanguages: unknown) => {
      const config = machineConfigSchema.parse({ kioskId: 'mq-1', bridgeLanguages });
      assert.ok('settings' in applyMachineConfig(kiosk.db, config, ['972']));
      return kioskConfig(kiosk).bridgeLanguages;
    };
    assert.deepEqual(apply({ ff: null }), { ps: 'fa' }, 'Pulaar opted out, Pashto keeps its default');
    assert.deepEqual(apply({ ps: 'ur' }), { ps: 'ur', ff: 'fr' });
    assert.deepEqual(apply(null), {}, 'every bridge off');
  });
});

test('bridge languages: staff settings refuse a bridge for a voiced language or to a voiceless one; nothing stored', () => {
  withKiosk((kiosk) => {
    assert.throws(() => writeSettings(kiosk.db, { bridgeLanguages: { fr: 'en' } }), /only a language without a voice/);
    assert.throws(() => writeSettings(kiosk.db, { bridgeLanguages: { ps: 'ff' } }), /must be a language with/);
    assert.equal(machineConfigSchema.safeParse({ kioskId: 'mq-1', bridgeLanguages: { ps: 'xx' } }).success, false);
    assert.equal(readSettings(kiosk.db).bridgeLanguages, undefined);
    writeSettings(kiosk.db, { bridgeLanguages: { ps: null } });
    assert.deepEqual(kioskConfig(kiosk).bridgeLanguages, { ff: 'fr' });
  });
});

test('bridge languages: staff see every voiceless language, null where off, so saving them back keeps it off', () => {
  withKiosk((kiosk) => {
    assert.deepEqual(bridgesPerLanguage(readSettings(kiosk.db).bridgeLanguages), { ps: 'fa', ff: 'fr' });
    writeSettings(kiosk.db, { bridgeLanguages: { ps: null } });
    const shown = bridgesPerLanguage(readSettings(kiosk.db).bridgeLanguages);
    assert.deepEqual(shown, { ps: null, ff: 'fr' });
    writeSettings(kiosk.db, { bridgeLanguages: bridgeLanguagesSchema.parse(shown) }); // as the staff save checks it
    assert.deepEqual(kioskConfig(kiosk).bridgeLanguages, { ff: 'fr' }, 'Pashto stays off, not back to its default');
    writeSettings(kiosk.db, { bridgeLanguages: null });
    assert.deepEqual(bridgesPerLanguage(readSettings(kiosk.db).bridgeLanguages), { ps: null, ff: null });
  });
});
