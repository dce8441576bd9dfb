import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHandlers } from '../../../main/api/handlers';
import { defaultStaticDir, startHost } from '../../../main/host/server';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { clipFile } from '../../../main/services/clips';
import { openKiosk } from '../../../main/services/kiosk';
import { importPack } from '../../../main/services/packs/import';
import { readJson } from '../../helpers/content';
import { makeFolderPack } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';

/** Another process's visitor request: POST /api/<call>, the answer's body written to `out`, exit 0 on a 200. */
const visitorScript = `
const [url, call, body, out] = process.argv.slice(1);
const http = require('node:http');
const req = http.request(url + 'api/' + call, { method: 'POST', headers: { 'Content-Type': 'application/json' } },
  (res) => { let b = ''; res.on('data', (d) => (b += d)); res.on('end', () => {
    require('node:fs').writeFileSync(out, b); process.exit(res.statusCode === 200 ? 0 : 1); }); });
req.end(body);
`;

let visits = 0;
async function visit(url: string, dir: string, call: string, body: object): Promise<unknown> {
  const out = join(dir, `answer-${++visits}.json`);
  const child = spawn(process.execPath, ['-e', visitorScript, url, call, JSON.stringify(body), out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number];
  assert.equal(code, 0, `${call} was answered with a 200: ${existsSync(out) ? readFileSync(out, 'utf8') : ''}`);
  return (JSON.parse(readFileSync(out, 'utf8')) as { value: unknown }).value;
}

/** Waits (this thread free) until the content worker holds at `step`; fails if the import ended first. */
async function reached(hold: string, step: string, ended: () => boolean): Promise<void> {
  while (!existsSync(join(hold, `${step}.reached`))) {
    assert.ok(!ended(), `the import ended without reaching ${step}`);
    await sleep(20);
  }
}

// Issue 25: an import ran in the host's own thread, so a visitor request waited for its long steps (checking the
// pack's 2,811 structures, installing them in the database). They now run in a worker thread. The test holds the
// worker in the middle of each step (REPERE_TEST_HOLD, main/services/packs/steps.ts) and sends a request from
// another process then: it can only be answered before the step ends if the step is not on the host's thread.
test('visitor requests from another process are answered while the import checks the pack and while it installs it', async (t) => {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'data') });
  t.after(() => kiosk.close());
  const events: string[] = [];
  const real = createHandlers(kiosk);
  const host = await startHost({
    handlers: {
      ...real,
      getKioskConfig: (input) => {
        events.push('visitor answered');
        return real.getKioskConfig(input);
      },
    },
    clipFile: (lang, key) => clipFile(kiosk.paths, lang, key),
    staticDir: defaultStaticDir(projectRoot),
    port: 0,
  });
  t.after(() => host.close());
  const previous = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion;
  const pack = makeFolderPack(join(dir, 'pack'), { version: '2099.03.01-1' });
  const hold = join(dir, 'hold');
  mkdirSync(hold);
  process.env.REPERE_TEST_HOLD = 'checking,installing';
  process.env.REPERE_TEST_HOLD_DIR = hold;
  t.after(() => {
    delete process.env.REPERE_TEST_HOLD;
    delete process.env.REPERE_TEST_HOLD_DIR;
  });

  let ended = false;
  const importing = importPack(kiosk, pack, { onStep: (step) => events.push(step) }).finally(() => (ended = true));
  const release = (step: string) => {
    events.push(`${step} released`);
    writeFileSync(join(hold, `${step}.go`), '');
  };

  // The pack's content is loaded in the worker, its checks not finished.
  await reached(hold, 'checking', () => ended);
  const duringCheck = (await visit(host.url, dir, 'getKioskConfig', {})) as { contentVersion: string };
  release('checking');
  // The worker's database transaction is open, the new content written in it, not committed.
  await reached(hold, 'installing', () => ended);
  const duringInstall = (await visit(host.url, dir, 'getKioskConfig', {})) as { contentVersion: string };
  // A visitor's tap is counted: a write, while the worker holds the database's write lock.
  const session = { kind: 'session', id: 'start' };
  assert.equal(await visit(host.url, dir, 'countEvent', session), null);
  release('installing');
  const result = await importing;
  assert.equal(result.ok, true, JSON.stringify(result));

  const order = events.join(' → ');
  const at = (e: string, from = 0) => events.indexOf(e, from);
  const first = at('visitor answered');
  const second = at('visitor answered', first + 1);
  assert.ok(first >= 0 && first < at('checking released'), `answered during the check: ${order}`);
  assert.ok(at('checking released') < at('extracted'), `the check ended after: ${order}`);
  assert.ok(second > at('extracted') && second < at('installing released'), `answered during the install: ${order}`);
  assert.ok(at('installing released') < at('database-installed'), `the install ended after: ${order}`);
  // Both were answered with the content still active: the install is one transaction, committed after.
  assert.equal(duringCheck.contentVersion, previous);
  assert.equal(duringInstall.contentVersion, previous);
  assert.equal(
    ((await visit(host.url, dir, 'getKioskConfig', {})) as typeof duringCheck).contentVersion,
    '2099.03.01-1',
  );
});
