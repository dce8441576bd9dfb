import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { pinHashPattern, verifyPin } from '../../../main/services/pin';
import { cliArgs, runCli } from '../../helpers/cli';
import { withTemp } from '../../helpers/temp';

/** runCli with something on stdin. */
const runCliWithInput = (args: string[], input: string) => runCli(args, {}, input);

test('config validate accepts a good file and summarises it without printing the hash', (t) => {
  const dir = withTemp(t);
  const file = join(dir, 'config.json');
  const pinHash = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=';
  writeFileSync(file, JSON.stringify({ kioskId: 'mq-1', territory: '972', pinHash }));
  const r = runCli(['config', 'validate', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^OK .*config\.json/m);
  assert.match(r.stdout, /kiosk mq-1, mode kiosk, territory 972/);
  assert.match(r.stdout, /staff PIN set/);
  assert.ok(!r.stdout.includes(pinHash));
});

test('config validate names the file and each bad field, and exits 1', (t) => {
  const dir = withTemp(t);
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ kioskId: 'mq-1', mode: 'tablet', idleTimeout: 30 }));
  const r = runCli(['config', 'validate', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`${file.replace(/[.\\]/g, '\\$&')}: mode: `));
  assert.match(r.stderr, /: idleTimeout: unknown field/);

  writeFileSync(file, JSON.stringify({ kioskId: 'mq-1', territory: '978' }));
  const territory = runCli(['config', 'validate', file]);
  assert.equal(territory.status, 1);
  assert.match(territory.stderr, /: territory: unknown territory \(the content has: /);

  const missing = runCli(['config', 'validate', join(dir, 'nope.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: \(file\): file is missing/);
});

test('config validate warns when the content or clip pack is not there yet, but accepts the file', (t) => {
  const dir = withTemp(t);
  const file = join(dir, 'config.json');
  writeFileSync(
    file,
    JSON.stringify({ kioskId: 'mq-1', contentPack: join(dir, 'pack.zip'), clipPack: join(dir, 'clips.zip') }),
  );
  const r = runCli(['config', 'validate', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: .*contentPack: no file there yet/);
  assert.match(r.stderr, /warning: .*clipPack: no file there yet/);
});

test('config hash-pin --pin-stdin prints a hash of that PIN and never the PIN', async () => {
  const r = runCliWithInput(['config', 'hash-pin', '--pin-stdin'], '482915\n');
  assert.equal(r.status, 0, r.stderr);
  const hash = r.stdout.trim();
  assert.match(hash, pinHashPattern);
  assert.equal(await verifyPin('482915', hash), true);
  assert.equal(await verifyPin('482916', hash), false);
  assert.ok(!r.stdout.includes('482915') && !r.stderr.includes('482915'));
});

test('config hash-pin refuses a PIN that is not 6 to 8 digits, without echoing it', () => {
  const r = runCliWithInput(['config', 'hash-pin'], '12ab\n');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /6 to 8 digits/);
  assert.ok(!r.stderr.includes('12ab'));
});

/** Runs hash-pin on a real terminal (util-linux `script` gives it a pty) and answers each prompt as it appears. */
function hashPinOnTerminal(first: string, second: string): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, ...cliArgs(['config', 'hash-pin'])].map((a) => JSON.stringify(a)).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: projectRoot });
  let output = '';
  let answered = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
    if (answered === 0 && output.includes('not shown): ')) {
      answered = 1;
      child.stdin.write(`${first}\r`);
    }
    if (answered === 1 && output.includes('again: ')) {
      answered = 2;
      child.stdin.write(`${second}\r`);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

test('config hash-pin on a terminal asks twice and shows neither PIN', async () => {
  const ok = await hashPinOnTerminal('24681357', '24681357');
  assert.equal(ok.code, 0, ok.output);
  assert.ok(!ok.output.includes('24681357'), 'the PIN is not echoed');
  const hash = /scrypt\$[^\s]+/.exec(ok.output)?.[0] ?? '';
  assert.equal(await verifyPin('24681357', hash), true);

  const differ = await hashPinOnTerminal('2468', '8642');
  assert.equal(differ.code, 1);
  assert.match(differ.output, /differ; nothing printed/);
  assert.doesNotMatch(differ.output, /scrypt\$|2468|8642/);
});
