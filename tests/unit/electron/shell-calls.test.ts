import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callNames } from '../../../common/api/call-names';
import { isCallEnvelope, type CallEnvelope } from '../../../common/api/envelope';
import { hashPin } from '../../../main/services/pin';
import { importShellModule } from '../../helpers/electron/load-shell';
import { startShell } from '../../helpers/electron/shell';

const audio = { mediaTypes: ['audio'], requestingUrl: 'app://repere/', isMainFrame: true };

test('the real preload exposes one frozen invoke that reaches the real IPC handlers', async (t) => {
  const { standIn } = await startShell(t);
  await importShellModule('preload.ts');
  const bridge = standIn.exposed.get('repere') as { invoke(name: string, input: unknown): Promise<unknown> };
  assert.deepEqual(Object.keys(bridge), ['invoke']);
  assert.ok(Object.isFrozen(bridge));
  const themes = (await bridge.invoke('listThemes', {})) as CallEnvelope<{ id: string }[]>;
  assert.ok(themes.ok && themes.value.length > 0);
  assert.deepEqual(await bridge.invoke('dropTables', {}), {
    ok: false,
    error: { code: 'bad-call', message: 'unknown call dropTables' },
  });
  // What IPC cannot clone never reaches main, as in Electron.
  await assert.rejects(bridge.invoke('listThemes', { f: () => 1 }), /could not be cloned/);
});

test('no IPC handler ever throws: every call with bad input answers an envelope with a code', async (t) => {
  const { standIn } = await startShell(t);
  for (const name of callNames) {
    for (const input of [{ unexpected: true }, 'text', [1, 2]]) {
      const answer = await standIn.invoke(`repere:${name}`, input);
      assert.ok(isCallEnvelope(answer), `${name} answered an envelope`);
      assert.equal(answer.ok, false, `${name} refused ${JSON.stringify(input)}`);
    }
    assert.ok(isCallEnvelope(await standIn.invoke(`repere:${name}`, undefined)), `${name} without input`);
  }
  // A service failing unexpectedly (here: the database closed under it) is an envelope too, without details.
  standIn.app.emit('will-quit');
  assert.deepEqual(await standIn.invoke('repere:listThemes', {}), {
    ok: false,
    error: { code: 'failed', message: 'the kiosk could not complete this request' },
  });
  standIn.frameUrl = 'https://evil.example/';
  assert.deepEqual(await standIn.invoke('repere:listThemes', {}), {
    ok: false,
    error: { code: 'denied', message: 'call from a foreign frame' },
  });
});

test('an expired or unknown staff session answers code "denied" over IPC, the code the renderer leaves on', async (t) => {
  const { standIn } = await startShell(t);
  const answer = await standIn.invoke('repere:staffGetSettings', { token: 'x'.repeat(43) });
  assert.deepEqual((answer as CallEnvelope).ok, false);
  assert.equal((answer as { error: { code: string } }).error.code, 'denied');
});

test('a crashed page reloads the start screen and ends staff mode; repeated crashes relaunch the app', async (t) => {
  const { standIn, win } = await startShell(t, { kioskId: 'test-kiosk', pinHash: await hashPin('246813') });
  const entered = (await standIn.invoke('repere:staffEnter', { pin: '246813' })) as CallEnvelope<{ token: string }>;
  assert.ok(entered.ok, 'staff mode entered');
  assert.equal(await standIn.requestPermission('media', audio), true, 'the microphone opens in staff mode');

  win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  assert.deepEqual(win.loads, ['app://repere/', 'app://repere/']);
  assert.equal(await standIn.requestPermission('media', audio), false, 'staff mode ended with the crash');
  const after = (await standIn.invoke('repere:staffGetSettings', { token: entered.value.token })) as CallEnvelope;
  assert.equal(after.ok, false);

  win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
  assert.equal(standIn.app.relaunchCalls, 0, 'three failures reload');
  win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  assert.equal(standIn.app.relaunchCalls, 1, 'the fourth relaunches');
  assert.deepEqual(standIn.app.exitCodes, [0]);
});
