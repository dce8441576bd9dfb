import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyHostMachineConfig } from '../../../main/host/host-config';
import { machineConfigLocation } from '../../../main/config/paths';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { readSettings } from '../../../main/services/settings';
import { withTemp } from '../../helpers/temp';

function kioskIn(t: Parameters<typeof withTemp>[0]) {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'data') });
  t.after(() => kiosk.close());
  return { dir, kiosk };
}

test('the browser host applies the machine config named by REPERE_CONFIG, printer included', (t) => {
  const { dir, kiosk } = kioskIn(t);
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ kioskId: 'mq-test-1', printerName: 'Accueil_Recu', paperFormat: 'receipt' }));
  const config = applyHostMachineConfig(kiosk, machineConfigLocation('linux', { REPERE_CONFIG: file }));
  assert.equal(config?.kioskId, 'mq-test-1');
  const settings = readSettings(kiosk.db);
  assert.equal(settings.printerName, 'Accueil_Recu');
  assert.equal(settings.paperFormat, 'receipt');
});

test('a bad machine config stops the host naming the file and field; no file leaves the settings alone', (t) => {
  const { dir, kiosk } = kioskIn(t);
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ kioskId: 'mq-test-1', printerNmae: 'typo' }));
  assert.throws(
    () => applyHostMachineConfig(kiosk, machineConfigLocation('linux', { REPERE_CONFIG: file })),
    (err: Error) => err.message.includes(`${file}: printerNmae: unknown field`),
  );
  const absent = { path: join(dir, 'none.json'), explicit: false };
  assert.equal(applyHostMachineConfig(kiosk, absent), null);
  assert.equal(readSettings(kiosk.db).printerName, null);
});
