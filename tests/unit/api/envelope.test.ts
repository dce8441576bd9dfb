import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { answerCall } from '../../../main/api/answer';
import { CallFailure } from '../../../main/api/errors';
import { createHandlers, type Handlers } from '../../../main/api/handlers';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { ApiError, unwrap } from '../../../renderer/src/api/client';
import { withTemp } from '../../helpers/temp';

function handlersFor(t: Parameters<typeof withTemp>[0]): Handlers {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') });
  t.after(() => kiosk.close());
  return createHandlers(kiosk);
}

test('answerCall never throws: a value, a refusal with its code, or a failure without its details', async (t) => {
  const handlers = handlersFor(t);
  const themes = await answerCall(handlers, 'listThemes', {});
  assert.ok(themes.ok && Array.isArray(themes.value) && themes.value.length > 0);
  assert.deepEqual(await answerCall(handlers, 'nope', {}), {
    ok: false,
    error: { code: 'bad-call', message: 'unknown call "nope"' },
  });
  const bad = await answerCall(handlers, 'listThemes', { sql: 'DROP' });
  assert.equal(!bad.ok && bad.error.code, 'bad-input');

  const seen: unknown[] = [];
  const failing = {
    ...handlers,
    listThemes: () => {
      throw new Error('SQLITE_CORRUPT at /var/lib/secret');
    },
    getKioskConfig: () => {
      throw new CallFailure({ code: 'denied', message: 'no session' });
    },
  } as Handlers;
  assert.deepEqual(await answerCall(failing, 'listThemes', {}, (err) => seen.push(err)), {
    ok: false,
    error: { code: 'failed', message: 'the kiosk could not complete this request' },
  });
  assert.equal(seen.length, 1, 'the host hears of the unexpected error');
  assert.deepEqual(await answerCall(failing, 'getKioskConfig', {}, (err) => seen.push(err)), {
    ok: false,
    error: { code: 'denied', message: 'no session' },
  });
  assert.equal(seen.length, 1, 'a CallFailure is an answer, not an accident');
});

test('the client unwraps an envelope into its value or an ApiError with the same code, whatever carried it', () => {
  assert.deepEqual(unwrap({ ok: true, value: [1] }, 'x'), [1]);
  assert.throws(
    () => unwrap({ ok: false, error: { code: 'denied', message: 'expired' } }, 'x'),
    (e: unknown) => e instanceof ApiError && e.error.code === 'denied' && e.message === 'expired',
  );
  for (const garbage of [
    null,
    'Error invoking remote method',
    { code: 'denied' },
    { ok: false, error: { code: 'x' } },
  ]) {
    assert.throws(
      () => unwrap(garbage, 'HTTP 502'),
      (e: unknown) => e instanceof ApiError && e.error.code === 'failed' && e.message === 'HTTP 502',
    );
  }
});
