import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, call, errorCodeOf, type PreloadBridge } from '../../../renderer/src/api/client';

// The client reads `window.repere` (IPC) and `fetch` (HTTP) from the page's globals: set each way in turn.
const page = globalThis as unknown as { window?: { repere?: PreloadBridge }; fetch: typeof fetch };
const realFetch = page.fetch;

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  assert.fail('the call did not fail');
}

test('a call that never reaches main fails with the same ApiError over HTTP and over IPC', async (t) => {
  t.after(() => {
    page.fetch = realFetch;
    delete page.window;
  });
  page.window = {};
  page.fetch = () => Promise.reject(new TypeError('fetch failed'));
  const overHttp = await rejection(() => call('listThemes', {}));
  page.window = { repere: { invoke: () => Promise.reject(new TypeError('fetch failed')) } };
  const overIpc = await rejection(() => call('listThemes', {}));
  assert.ok(overHttp instanceof ApiError, 'over HTTP: an ApiError, not a raw TypeError');
  assert.ok(overIpc instanceof ApiError);
  assert.deepEqual(overHttp.error, overIpc.error);
  assert.equal(overHttp.error.code, 'failed');
});

test('an envelope keeps its code up to the caller, whichever the transport', async (t) => {
  t.after(() => {
    page.fetch = realFetch;
    delete page.window;
  });
  const envelope = { ok: false, error: { code: 'bad-call', message: 'unknown call' } };
  page.window = {};
  page.fetch = () => Promise.resolve(new Response(JSON.stringify(envelope), { status: 404 }));
  assert.equal(errorCodeOf(await rejection(() => call('listThemes', {}))), 'bad-call');
  page.window = { repere: { invoke: () => Promise.resolve(envelope) } };
  assert.equal(errorCodeOf(await rejection(() => call('listThemes', {}))), 'bad-call');
  assert.equal(errorCodeOf(new TypeError('not from a call')), 'failed');
});
