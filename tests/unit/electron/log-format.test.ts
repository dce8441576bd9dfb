import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLogLine, rotateLogFiles } from '../../../main/electron/log-format';
import { errorCode } from '../../../common/error-code';
import { withTemp } from '../../helpers/temp';

test('a log line is the event name and the allowed fields', () => {
  assert.equal(
    formatLogLine('ipc.failed', { call: 'listThemes', code: 'bad-input' }),
    'ipc.failed call=listThemes code=bad-input',
  );
  assert.equal(
    formatLogLine('renderer.failure', { reason: 'crashed', action: 'reload', count: 2 }),
    'renderer.failure reason=crashed action=reload count=2',
  );
  assert.equal(
    formatLogLine('shell.start', { version: '0.1.0', mode: 'kiosk', kioskId: null, file: undefined }),
    'shell.start version=0.1.0 mode=kiosk kioskId=null',
  );
  assert.equal(
    formatLogLine('startup.config-invalid', { file: 'C:\\Program Files\\Repère\\config.json' }),
    'startup.config-invalid file="C:\\\\Program Files\\\\Repère\\\\config.json"',
  );
});

test('config and content fields are logged by name, as the IT error page lists them', () => {
  assert.equal(
    formatLogLine('startup.problem', { field: 'manifest.json: contentVersion' }),
    'startup.problem field="manifest.json: contentVersion"',
  );
  assert.equal(formatLogLine('startup.problem', { field: 'languages[2]' }), 'startup.problem field=languages[2]');
});

test('visitor data cannot get into a line: unknown keys dropped, values of the wrong shape redacted', () => {
  const visitor = {
    name: 'Amina Diallo',
    phone: '0696 12 34 56',
    email: 'amina@example.org',
    language: 'ff',
    search: 'titre de séjour',
  };
  const line = formatLogLine('visit.home', visitor);
  assert.equal(line, 'visit.home dropped=5');
  // Allowed keys holding something else than their shape.
  const sneaky = formatLogLine('ipc.failed', {
    call: 'Amina Diallo',
    code: 'amina@example.org',
    reason: 'free text reason',
    field: 'name=<script>',
    count: '3',
  });
  assert.equal(
    sneaky,
    'ipc.failed call=[redacted] code=[redacted] reason=[redacted] field=[redacted] count=[redacted]',
  );
  for (const secret of ['Amina', 'Diallo', '0696', 'example.org', 'séjour', 'script']) {
    assert.ok(!line.includes(secret) && !sneaky.includes(secret), secret);
  }
});

test('runs of four digits or more (a PIN, a phone number) are masked except in paths, versions and kiosk ids', () => {
  assert.equal(formatLogLine('staff.pin-failed', { code: 'pin-482915' }), 'staff.pin-failed code=pin-#');
  assert.equal(formatLogLine('x.y', { reason: 'call-0696123456' }), 'x.y reason=call-#');
  assert.equal(formatLogLine('x.y', { kioskId: 'mq-prefecture-0001' }), 'x.y kioskId=mq-prefecture-0001');
  assert.equal(
    formatLogLine('x.y', { file: '/var/lib/repere-2026/config.json' }),
    'x.y file=/var/lib/repere-2026/config.json',
  );
  assert.equal(formatLogLine('x.y', { version: '2026.11.25-1' }), 'x.y version=2026.11.25-1');
});

test('an event name that is not a plain dotted name is replaced', () => {
  assert.equal(formatLogLine('Visitor said hello'), 'invalid-event-name');
  assert.equal(formatLogLine('a.b-c.d'), 'a.b-c.d');
});

test('errors are logged by code or class name, never by message', () => {
  const enoent = Object.assign(new Error('ENOENT: open /home/amina/notes.txt'), { code: 'ENOENT' });
  assert.equal(errorCode(enoent), 'ENOENT');
  assert.equal(errorCode(new TypeError('cannot read name of Amina')), 'TypeError');
  assert.equal(errorCode({ code: 'has spaces in it' }), 'unknown');
  assert.equal(errorCode('a string thrown'), 'unknown');
  assert.equal(errorCode(null), 'unknown');
});

test('log rotation keeps a bounded number of older files, newest first', (t) => {
  const dir = withTemp(t);
  const log = join(dir, 'main.log');
  for (let generation = 1; generation <= 5; generation++) {
    writeFileSync(log, `generation ${generation}\n`);
    rotateLogFiles(log, 3);
  }
  assert.equal(existsSync(log), false, 'electron-log recreates main.log after rotation');
  assert.equal(readFileSync(join(dir, 'main.1.log'), 'utf8'), 'generation 5\n');
  assert.equal(readFileSync(join(dir, 'main.2.log'), 'utf8'), 'generation 4\n');
  assert.equal(readFileSync(join(dir, 'main.3.log'), 'utf8'), 'generation 3\n');
  assert.equal(existsSync(join(dir, 'main.4.log')), false);
});
