import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { contentSecurityPolicy } from '../../../main/security/csp';
import { readJson } from '../../helpers/content';
import { defaultContentDir } from '../../../main/paths';
import { startTestHost, type TestHost } from '../../helpers/host';

let host: TestHost;
before(async () => {
  host = await startTestHost();
});
after(() => host.stop());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so the test controls Host and Origin exactly as an attacker's page or a rebinding DNS would. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method, path, headers: { Host: `127.0.0.1:${host.port}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = { 'Content-Type': 'application/json' };

test('POST /api/<call> answers through the contract', async () => {
  const r = await send('POST', '/api/getKioskConfig', json, '{}');
  assert.equal(r.status, 200);
  const manifest = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json');
  assert.equal(JSON.parse(r.body).value.contentVersion, manifest.contentVersion);
});

test('unknown calls, bad input, wrong method and wrong content type are refused', async () => {
  assert.equal((await send('POST', '/api/nope', json, '{}')).status, 404);
  assert.equal((await send('POST', '/api/listThemes', json, '{"a":1}')).status, 400);
  assert.equal((await send('POST', '/api/listThemes', json, '{not json')).status, 400);
  assert.equal((await send('GET', '/api/listThemes')).status, 405);
  assert.equal((await send('POST', '/api/listThemes', { 'Content-Type': 'text/plain' }, '{}')).status, 415);
  assert.equal((await send('POST', '/api/listThemes', json, JSON.stringify({ x: 'a'.repeat(300_000) }))).status, 400);
});

test('a foreign Host (DNS rebinding) or Origin (another site) is refused', async () => {
  assert.equal((await send('POST', '/api/listThemes', { ...json, Host: 'evil.example:80' }, '{}')).status, 403);
  assert.equal((await send('GET', '/', { Host: `attacker.test:${host.port}` })).status, 403);
  assert.equal((await send('POST', '/api/listThemes', { ...json, Origin: 'http://evil.example' }, '{}')).status, 403);
  assert.equal(
    (await send('POST', '/api/listThemes', { ...json, Origin: `http://127.0.0.1:${host.port}` }, '{}')).status,
    200,
  );
});

test('static files: the app, its pictograms, app routes fall back to the app, no path escapes the build', async () => {
  const index = await send('GET', '/');
  assert.equal(index.status, 200);
  assert.match(index.body, /<div id="root">/);
  assert.equal(index.headers['content-security-policy'], contentSecurityPolicy);
  assert.equal((await send('GET', '/pictograms/1F3E0.svg')).headers['content-type'], 'image/svg+xml');
  assert.equal((await send('GET', '/print/checklist/x')).status, 200);
  for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2fpackage.json', '/nothing.js']) {
    const r = await send('GET', path);
    assert.equal(r.status, 404, path);
    assert.doesNotMatch(r.body, /"name": "repere"/);
  }
});

test('the host binds to the loopback address only', () => {
  assert.equal(host.address, '127.0.0.1');
});

test('recorded clips are served from the data folder at /clips/<lang>/<key>.wav, and listed by listClips', async () => {
  const { saveRecordedClip } = await import('../../../main/services/clips');
  const { encodePcm16Wav } = await import('../../../common/audio/wav');
  const bytes = Buffer.from(encodePcm16Wav(new Int16Array(4000).fill(1000), 16000));
  saveRecordedClip(host.kiosk.paths, 'ps', 'nav.home', bytes);
  const r = await send('GET', '/clips/ps/nav.home.wav');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'audio/wav');
  assert.equal((await send('GET', '/clips/ps/nav.back.wav')).status, 404);
  assert.equal((await send('GET', '/clips/ps/..%2f..%2frepere.sqlite.wav')).status, 404);
  assert.equal(
    (await send('GET', '/clips/ps/%E0%A4%A.wav')).status,
    404,
    'a malformed escape is answered, not a crash',
  );
  const list = await send('POST', '/api/listClips', json, '{"langs":["ps","ar"]}');
  assert.deepEqual(JSON.parse(list.body).value, { ps: ['nav.home'], ar: [] });
});

/** A call's answer over HTTP, which must be a 200. */
async function answer(call: string, input: object): Promise<unknown> {
  const r = await send('POST', `/api/${call}`, json, JSON.stringify(input));
  assert.equal(r.status, 200, `${call} ${r.body}`);
  return JSON.parse(r.body).value;
}

test('listProcedures answers every theme asked for by its id, each as the service lists it; an unknown theme has none', async () => {
  const { listProcedures } = await import('../../../main/services/procedures');
  const lists = (await answer('listProcedures', {
    themeIds: ['care', 'papers', 'no-such-theme'],
    lang: 'ti',
  })) as Record<string, { id: string }[]>;
  assert.deepEqual(Object.keys(lists), ['care', 'papers', 'no-such-theme']);
  for (const theme of ['care', 'papers'])
    assert.deepEqual(lists[theme], JSON.parse(JSON.stringify(listProcedures(host.kiosk, theme, 'ti'))));
  assert.ok(lists.care!.length > 0 && lists.papers!.length > 0);
  assert.deepEqual(lists['no-such-theme'], []);
  for (const bad of [
    '{"themeIds":[],"lang":"ti"}',
    '{"themeId":"care","lang":"ti"}',
    '{"themeIds":["Care"],"lang":"ti"}',
  ])
    assert.equal((await send('POST', '/api/listProcedures', json, bad)).status, 400, bad);
});

test('getProcedures answers each procedure asked for as getProcedure does, by id; an unknown one is left out', async () => {
  const one = (id: string) => answer('getProcedure', { id, lang: 'ar' });
  const found = (await answer('getProcedures', {
    ids: ['pass', 'ame-renewal', 'no-such-thing'],
    lang: 'ar',
  })) as Record<string, unknown>;
  assert.deepEqual(Object.keys(found), ['pass', 'ame-renewal']);
  assert.deepEqual(found.pass, await one('pass'));
  assert.deepEqual(found['ame-renewal'], await one('ame-renewal'));
  for (const bad of ['{"ids":[],"lang":"ar"}', '{"id":"pass","lang":"ar"}', '{"ids":["pass"]}'])
    assert.equal((await send('POST', '/api/getProcedures', json, bad)).status, 400, bad);
});

test('the kiosk page brings the start screen its settings and themes, read at each load, with no CSP-breaking script', async () => {
  const page = await send('GET', '/');
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  const block = /<script type="application\/json" id="boot-data">(.*?)<\/script>/s.exec(page.body);
  assert.ok(block, 'the data block is in the page');
  const inPage = JSON.parse(block[1]!) as { config: unknown; themes: unknown };
  const asked = async (call: string) => JSON.parse((await send('POST', `/api/${call}`, json, '{}')).body).value;
  assert.deepEqual(inPage, { config: await asked('getKioskConfig'), themes: await asked('listThemes') });
  // Every other script of the page is a file of the build: the CSP runs nothing written in the page.
  const inline = [...page.body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
  assert.deepEqual(inline, [' type="application/json" id="boot-data"']);
  // An app route is the same page; HEAD has its headers and no body.
  assert.match((await send('GET', '/visit/themes')).body, /id="boot-data"/);
  const head = await send('HEAD', '/');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});
