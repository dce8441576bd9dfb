import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createHandlers } from '../../../main/api/handlers';
import { defaultStaticDir, startHost } from '../../../main/host/server';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { clipFile } from '../../../main/services/clips';
import { openKiosk } from '../../../main/services/kiosk';
import { importPack } from '../../../main/services/packs/import';
import { makeFolderPack } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';

/** Another process's visitor request: it writes `sent` once the request has left, then waits for the answer. */
const visitorScript = `
const [url, sent] = process.argv.slice(1);
const http = require('node:http');
const fs = require('node:fs');
const req = http.request(url + 'api/listThemes', { method: 'POST', headers: { 'Content-Type': 'application/json' } },
  (res) => { let b = ''; res.on('data', (d) => (b += d)); res.on('end', () => { if (res.statusCode !== 200) console.error(res.statusCode, b); process.exit(res.statusCode === 200 ? 0 : 1); }); });
req.end('{}', () => fs.writeFileSync(sent, ''));
`;

/** Blocks this thread (as a long synchronous step would) until `ready()` holds. */
function blockUntil(ready: () => boolean): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 3000 && !ready(); i++) Atomics.wait(cell, 0, 0, 10);
  assert.ok(ready(), 'the visitor request was sent');
}

// Issue 25: an import was one synchronous run in the host's thread, so every visitor request waited for its end.
test('a visitor request that reaches the host during an import is answered before the new content is installed', async (t) => {
  const dir = withTemp(t);
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'data') });
  t.after(() => kiosk.close());
  const events: string[] = [];
  const real = createHandlers(kiosk);
  const host = await startHost({
    handlers: {
      ...real,
      listThemes: (input) => {
        events.push('visitor answered');
        return real.listThemes(input);
      },
    },
    clipFile: (lang, key) => clipFile(kiosk.paths, lang, key),
    staticDir: defaultStaticDir(projectRoot),
    port: 0,
  });
  t.after(() => host.close());
  const pack = makeFolderPack(join(dir, 'pack'), { version: '2099.03.01-1' });
  const sent = join(dir, 'sent');
  let visitor: ReturnType<typeof spawn> | undefined;
  const result = await importPack(kiosk, pack, {
    onStep: (step) => {
      events.push(step);
      if (step !== 'extracted') return;
      // The pack is checked; what remains (moving it in, installing it in the database) used to run without a
      // break. The request is on its way before this thread goes on.
      visitor = spawn(process.execPath, ['-e', visitorScript, host.url, sent], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      blockUntil(() => existsSync(sent));
    },
  });
  assert.equal(result.ok, true);
  assert.ok(visitor, 'the visitor process started');
  const [code] = (await once(visitor, 'exit')) as [number];
  assert.equal(code, 0, 'the visitor got its answer');
  const answered = events.indexOf('visitor answered');
  assert.ok(answered >= 0, `the request was handled: ${events.join(' → ')}`);
  assert.ok(answered < events.indexOf('database-installed'), `answered first: ${events.join(' → ')}`);
});
