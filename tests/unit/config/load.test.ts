import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatConfigProblems, loadMachineConfig, parseMachineConfig } from '../../../main/config/load';
import { machineConfigLocation } from '../../../main/config/paths';
import { hashPin } from '../../../main/services/pin';
import { withTemp } from '../../helpers/temp';

function problemsOf(value: unknown) {
  const r = parseMachineConfig(JSON.stringify(value));
  assert.ok('problems' in r, `expected problems for ${JSON.stringify(value)}`);
  return r.problems;
}

test('a complete fleet config validates, and mode defaults to kiosk', async () => {
  const pinHash = await hashPin('482915');
  const full = {
    kioskId: 'mq-fdf-prefecture-1',
    territory: '972',
    mode: 'desk',
    printerName: 'HP_LaserJet_Accueil',
    paperFormat: 'receipt',
    pinHash,
    contentPack: '/var/lib/repere/packs/repere-content.zip',
    languages: ['fr', 'ht', 'es'],
    idleTimeoutSeconds: 120,
    hideCursor: false,
  };
  const r = parseMachineConfig(JSON.stringify(full));
  assert.ok('config' in r);
  assert.deepEqual(r.config, full);
  const minimal = parseMachineConfig('{"kioskId":"k1"}');
  assert.ok('config' in minimal);
  assert.equal(minimal.config.mode, 'kiosk');
  const windowsPack = parseMachineConfig('{"kioskId":"k1","contentPack":"C:\\\\ProgramData\\\\Repere\\\\pack.zip"}');
  assert.ok('config' in windowsPack, 'a Windows absolute path is accepted');
});

test('each bad field is reported by its name, an unknown (misspelt) key included', () => {
  const problems = problemsOf({
    kioskId: 'has spaces',
    mode: 'fullscreen',
    paperFormat: 'a3',
    languages: ['fr', 'fr', 'xx'],
    idleTimeout: 90,
    idleTimeoutSeconds: 5,
    contentPack: 'relative/pack.zip',
    hideCursor: 'yes',
  });
  const fields = problems.map((p) => p.field).sort();
  assert.deepEqual(fields, [
    'contentPack',
    'hideCursor',
    'idleTimeout',
    'idleTimeoutSeconds',
    'kioskId',
    'languages[2]',
    'mode',
    'paperFormat',
  ]);
  assert.match(problems.find((p) => p.field === 'idleTimeout')!.message, /unknown field/);
  assert.match(problems.find((p) => p.field === 'contentPack')!.message, /absolute path/);
  assert.deepEqual(
    problemsOf({}).map((p) => p.field),
    ['kioskId'],
    'kioskId is required',
  );
});

test('a PIN typed where the hash belongs is refused and never echoed in the message', () => {
  const problems = problemsOf({ kioskId: 'k1', pinHash: '482915' });
  assert.deepEqual(
    problems.map((p) => p.field),
    ['pinHash'],
  );
  assert.ok(!problems[0]!.message.includes('482915'));
  assert.match(problems[0]!.message, /config hash-pin/);
});

test('not-JSON, a byte order mark and the problem lines IT reads', () => {
  const broken = parseMachineConfig('{"kioskId": "k1",}');
  assert.ok('problems' in broken);
  assert.deepEqual(broken.problems, [{ field: '', message: 'not valid JSON (check commas, quotes and braces)' }]);
  assert.ok('config' in parseMachineConfig('\uFEFF{"kioskId":"k1"}'), 'Notepad BOM accepted');
  assert.deepEqual(
    formatConfigProblems('/etc/repere/config.json', [
      { field: 'mode', message: 'bad' },
      { field: '', message: 'x' },
    ]),
    ['/etc/repere/config.json: mode: bad', '/etc/repere/config.json: (file): x'],
  );
});

test('a missing file is "no fleet config" by default, but an error when REPERE_CONFIG named it', (t) => {
  const dir = withTemp(t);
  const path = join(dir, 'config.json');
  assert.deepEqual(loadMachineConfig({ path, explicit: false }), { status: 'absent', path });
  const explicit = loadMachineConfig({ path, explicit: true });
  assert.equal(explicit.status, 'invalid');
  assert.match(explicit.status === 'invalid' ? explicit.problems[0]!.message : '', /missing.*REPERE_CONFIG/);
  writeFileSync(path, '{"kioskId":"k1","mode":"desk"}');
  const ok = loadMachineConfig({ path, explicit: false });
  assert.equal(ok.status, 'ok');
  assert.equal(ok.status === 'ok' ? ok.config.mode : null, 'desk');
  writeFileSync(path, '{"kioskId":"k1","mode":"tablet"}');
  const bad = loadMachineConfig({ path, explicit: false });
  assert.equal(bad.status, 'invalid');
  assert.equal(bad.path, path);
});

test('default config paths per OS, and the REPERE_CONFIG override', () => {
  assert.deepEqual(machineConfigLocation('linux', {}), { path: '/etc/repere/config.json', explicit: false });
  assert.deepEqual(machineConfigLocation('win32', { ProgramData: 'D:\\ProgramData' }), {
    path: 'D:\\ProgramData\\Repere\\config.json',
    explicit: false,
  });
  assert.equal(machineConfigLocation('win32', {}).path, 'C:\\ProgramData\\Repere\\config.json');
  assert.deepEqual(machineConfigLocation('linux', { REPERE_CONFIG: '/srv/kiosk.json' }), {
    path: '/srv/kiosk.json',
    explicit: true,
  });
});
