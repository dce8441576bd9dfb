import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { startHost, type RunningHost } from '../../../main/host/server';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { defaultContentDir } from '../../../main/paths';
import { tempDir } from '../../helpers/temp';

let host: RunningHost;
let kiosk: Kiosk;
const t = tempDir();
before(async () => {
  kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  // A short request timeout so the stalled-body case ends quickly; the default is 10 s.
  host = await startHost({ handlers: createHandlers(kiosk), staticDir: t.dir, port: 0, requestTimeoutMs: 600 });
});
after(async () => {
  await host.close();
  kiosk.close();
  t.cleanup();
});

/** A raw connection, so the test can send what no well-behaved client would (two Host headers, half a body). */
function rawSocket(): Promise<{ socket: Socket; reply: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => {
      let text = '';
      const reply = new Promise<string>((done) => {
        socket.on('data', (d: Buffer) => (text += d.toString()));
        socket.on('close', () => done(text));
        socket.on('error', () => done(text));
      });
      resolve({ socket, reply });
    });
    socket.on('error', reject);
  });
}

const head = (lines: string[]) => lines.join('\r\n') + '\r\n\r\n';
/** The head of a JSON POST announcing `length` bytes of body (the test then sends fewer). */
const partialPost = (length: number) =>
  head([
    'POST /api/listThemes HTTP/1.1',
    `Host: 127.0.0.1:${host.port}`,
    'Content-Type: application/json',
    `Content-Length: ${length}`,
  ]);

test('two Host headers are refused with 400', async () => {
  const { socket, reply } = await rawSocket();
  const own = `127.0.0.1:${host.port}`;
  socket.end(
    head([
      'POST /api/listThemes HTTP/1.1',
      `Host: ${own}`,
      `Host: ${own}`,
      'Content-Type: application/json',
      'Content-Length: 2',
      'Connection: close',
    ]) + '{}',
  );
  assert.match(await reply, /^HTTP\/1\.1 400/);
});

test('Content-Type must be application/json exactly (a UTF-8 charset allowed)', async () => {
  const post = (type: string) =>
    fetch(`${host.url}api/getKioskConfig`, { method: 'POST', headers: { 'Content-Type': type }, body: '{}' });
  assert.equal((await post('application/json')).status, 200);
  assert.equal((await post('application/json; charset=utf-8')).status, 200);
  for (const bad of [
    'application/jsonx',
    'application/json-patch+json',
    'application/json; charset=latin1',
    'text/plain',
  ])
    assert.equal((await post(bad)).status, 415, bad);
});

test('a body over the limit is refused as soon as the limit is passed, before the rest is sent', async () => {
  const { socket, reply } = await rawSocket();
  const total = 20 * 1024 * 1024;
  socket.write(
    head([
      'POST /api/listThemes HTTP/1.1',
      `Host: 127.0.0.1:${host.port}`,
      'Content-Type: application/json',
      `Content-Length: ${total}`,
    ]),
  );
  let sent = 0;
  let answered = false;
  socket.once('data', () => (answered = true));
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  while (!answered && sent < total && !socket.destroyed) {
    sent += chunk.length;
    if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
  }
  const text = await reply;
  assert.match(text, /^HTTP\/1\.1 400/);
  assert.match(text, /too large/);
  assert.ok(sent < total, `answered after ${sent} of ${total} bytes`);
});

test('a stalled body times out: 408 and the connection is closed', async () => {
  const { socket, reply } = await rawSocket();
  socket.write(partialPost(100) + '{"lang"');
  assert.match(await reply, /^HTTP\/1\.1 408/);
});

test('an aborted request logs one line naming the event, no stack trace', async () => {
  const lines: string[] = [];
  const original = { warn: console.warn, error: console.error };
  const logged = new Promise<void>((done) => {
    console.warn = (...args: unknown[]) => (lines.push(args.join(' ')), done());
    console.error = (...args: unknown[]) => (lines.push(args.join(' ')), done());
  });
  try {
    const { socket } = await rawSocket();
    socket.write(partialPost(100) + '{"la');
    // Give the server the partial body before going away.
    await new Promise((r) => setImmediate(r));
    socket.destroy();
    await logged;
  } finally {
    console.warn = original.warn;
    console.error = original.error;
  }
  assert.equal(lines.length, 1);
  assert.equal(lines[0], 'host.request-aborted call=listThemes');
});
