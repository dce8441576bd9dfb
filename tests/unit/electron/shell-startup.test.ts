import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callNames } from '../../../common/api/call-names';
import { defaultContentDir } from '../../../main/paths';
import { startShell } from '../../helpers/electron/shell';
import { logLines } from '../../helpers/electron/electron-log';

const manifest = JSON.parse(readFileSync(join(defaultContentDir, 'manifest.json'), 'utf8')) as {
  contentVersion: string;
};

test('start-up runs in order: scheme, lock-down, protocol, IPC, then one locked-down full-screen window', async (t) => {
  const { standIn, win, appRoot, userData } = await startShell(t);
  const order = ['protocol.registerSchemesAsPrivileged', 'session.setPermissionRequestHandler', 'protocol.handle'];
  const at = (call: string) => standIn.calls.indexOf(call);
  for (const call of order) assert.ok(at(call) >= 0, `${call} happened`);
  assert.ok(at(order[0]!) < at(order[1]!) && at(order[1]!) < at(order[2]!), standIn.calls.join(', '));
  assert.ok(at('protocol.handle') < at('ipcMain.handle'), 'the app is served before calls are answered');
  assert.equal(standIn.calls.at(-1), 'new BrowserWindow', 'the window comes last');
  assert.deepEqual(standIn.privilegedSchemes, [
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
  assert.deepEqual([...standIn.ipcHandlers.keys()].sort(), callNames.map((n) => `repere:${n}`).sort());
  assert.ok(existsSync(join(userData, 'repere.sqlite')), 'the database is opened in user data');

  assert.equal(standIn.windows.length, 1);
  const options = win.options as { kiosk: boolean; frame: boolean; webPreferences: Record<string, unknown> };
  assert.equal(options.kiosk, true);
  assert.equal(options.frame, false);
  assert.equal(options.webPreferences.contextIsolation, true);
  assert.equal(options.webPreferences.sandbox, true);
  assert.equal(options.webPreferences.nodeIntegration, false);
  assert.equal(options.webPreferences.devTools, false, 'a packaged kiosk has no dev tools');
  assert.equal(options.webPreferences.preload, join(appRoot, 'dist', 'main', 'electron', 'preload.cjs'));
  assert.deepEqual(win.loads, ['app://repere/']);
  assert.ok(win.menuRemoved);
  assert.deepEqual(standIn.menus, [null]);
  assert.deepEqual(standIn.powerSaveBlockers, ['prevent-display-sleep']);
  win.webContents.emit('dom-ready');
  assert.match(win.webContents.insertedCss.join(''), /cursor: none/);
  win.emit('ready-to-show');
  assert.ok(win.shown);
});

test('the app protocol serves the renderer with the CSP; IPC answers from the installed content', async (t) => {
  const { standIn } = await startShell(t);
  const index = await standIn.fetchApp('app://repere/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.match(await index.text(), /<div id="root">/);
  const escape = await (await standIn.fetchApp('app://repere/..%2f..%2fetc/passwd')).text();
  assert.doesNotMatch(escape, /root:/, 'no file outside the renderer');
  const answer = await standIn.invoke('repere:getKioskConfig', {});
  assert.deepEqual((answer as { ok: boolean }).ok, true);
  assert.equal((answer as { value: { contentVersion: string } }).value.contentVersion, manifest.contentVersion);
});

test('navigation away, new windows, webviews and permissions are refused', async (t) => {
  const { standIn, win } = await startShell(t);
  assert.equal(win.webContents.tryNavigate('https://example.org/'), true, 'foreign navigation refused');
  assert.equal(win.webContents.tryNavigate('file:///etc/passwd', 'will-redirect'), true, 'redirect refused');
  assert.equal(win.webContents.tryNavigate('app://repere/themes'), false, 'own routes allowed');
  assert.deepEqual(win.webContents.windowOpenHandler?.({ url: 'https://example.org/' }), { action: 'deny' });
  assert.equal(win.webContents.tryAttachWebview(), true);
  for (const permission of ['geolocation', 'notifications', 'media']) {
    const granted = await standIn.requestPermission(permission, {
      mediaTypes: ['audio'],
      requestingUrl: 'app://repere/',
      isMainFrame: true,
    });
    assert.equal(granted, false, `${permission} denied outside staff mode`);
  }
  assert.equal(standIn.devicePermission?.(), false);
  assert.ok(
    logLines().some((l) => l.includes('navigation.blocked')),
    'the refusal is logged',
  );
  assert.ok(!logLines().some((l) => l.includes('example.org')), 'the URL itself is not logged');
});

test('a bad machine config opens the IT error page naming the field, and answers no call', async (t) => {
  const { standIn, win } = await startShell(t, { kioskId: 'not a valid id!' });
  assert.deepEqual(win.loads, ['app://repere/it-error']);
  assert.equal(standIn.ipcHandlers.size, 0);
  const page = await (await standIn.fetchApp('app://repere/anything')).text();
  assert.match(page, /kioskId/);
  assert.match(page, /config\.json/);
});
