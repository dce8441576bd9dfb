import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStaticDir } from '../../../main/host/server';
import { projectRoot } from '../../../main/paths';
import { saveRecordedClip } from '../../../main/services/clips';
import { startTestHost, type TestHost } from '../../helpers/host';
import { toneWav } from '../../helpers/packs';

let host: TestHost;
before(async () => {
  host = await startTestHost();
});
after(() => host.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, host.url), { headers });

test('content-hashed build files are immutable for a year, with no validator to check', async () => {
  const hashed = readdirSync(join(defaultStaticDir(projectRoot), 'assets')).find((f) => /-[\w-]{8}\.js$/.test(f));
  assert.ok(hashed, 'the renderer is built');
  const r = await get(`/assets/${hashed}`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(r.headers.get('etag'), null);
});

test('pictograms and the raw page carry an ETag: an unchanged file is answered 304 with no body', async () => {
  for (const path of ['/pictograms/1F3E0.svg', '/index.html']) {
    const first = await get(path);
    assert.equal(first.status, 200, path);
    assert.equal(first.headers.get('cache-control'), 'no-cache', path);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/"[0-9a-f]+-[0-9a-f]+"$/, path);
    const again = await get(path, { 'If-None-Match': etag! });
    assert.equal(again.status, 304, path);
    assert.equal(await again.text(), '', path);
    assert.equal((await get(path, { 'If-None-Match': 'W/"0-0"' })).status, 200, `${path}: another tag`);
  }
});

test('the kiosk page, which carries the settings of the moment, is never kept (no ETag, no-store)', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('cache-control'), 'no-store');
  assert.equal(page.headers.get('etag'), null);
});

test('a recorded clip staff replace gets a new ETag, so the kiosk never plays the old one', async () => {
  // Clips must hold at least 0.2 s of sound: two tones of 0.3 and 0.4 s at 16 kHz.
  saveRecordedClip(host.kiosk.paths, 'ps', 'nav.home', toneWav(4800, 16000));
  const before = (await get('/clips/ps/nav.home.wav')).headers.get('etag')!;
  const replaced = toneWav(6400, 16000);
  saveRecordedClip(host.kiosk.paths, 'ps', 'nav.home', replaced);
  const after = await get('/clips/ps/nav.home.wav', { 'If-None-Match': before });
  assert.equal(after.status, 200);
  assert.notEqual(after.headers.get('etag'), before);
  assert.equal((await after.arrayBuffer()).byteLength, replaced.length);
});
