import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { isLoopbackPeer } from '../../../main/host/server';
import { startTestHost, type TestHost } from '../../helpers/host';

let host: TestHost;
before(async () => {
  host = await startTestHost();
});
after(() => host.stop());

/** POSTs from a chosen local source address: 127.0.0.2 is another peer on the loopback network. */
function post(path: string, localAddress: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path,
        localAddress,
        headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

test('staff calls are answered only for a peer at 127.0.0.1; visitor calls are unaffected', async () => {
  const local = await post('/api/staffStatus', '127.0.0.1');
  assert.equal(local.status, 200);
  assert.deepEqual(JSON.parse(local.body).value, { pinSet: false, lockedSeconds: 0 });
  const other = await post('/api/staffStatus', '127.0.0.2');
  assert.equal(other.status, 403);
  assert.deepEqual(JSON.parse(other.body), {
    ok: false,
    error: { code: 'denied', message: 'staff mode is only reachable from this machine' },
  });
  assert.equal((await post('/api/staffEnter', '127.0.0.2')).status, 403);
  assert.equal((await post('/api/listThemes', '127.0.0.2')).status, 200);
});

test('a staff call without a live session token is denied with 403', async () => {
  const r = await new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/api/staffGetSettings',
        headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
      },
      (res) => (res.resume(), resolve(res.statusCode ?? 0)),
    );
    req.on('error', reject);
    req.end(JSON.stringify({ token: 'a'.repeat(43) }));
  });
  assert.equal(r, 403);
});

test('only 127.0.0.1 and ::1 count as this machine', () => {
  for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) assert.ok(isLoopbackPeer(a), a);
  for (const a of [undefined, '127.0.0.2', '10.0.0.5', '::ffff:192.168.1.2', '0.0.0.0', ''])
    assert.ok(!isLoopbackPeer(a), String(a));
});
