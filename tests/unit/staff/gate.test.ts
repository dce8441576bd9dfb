import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openKiosk, kioskConfig } from '../../../main/services/kiosk';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { StaffGate, StaffDenied, sessionIdleMs } from '../../../main/services/staff/gate';
import { setPin, isPinSet, lockoutMs } from '../../../main/services/staff/pin-store';
import { defaultContentDir } from '../../../main/paths';
import { tempDir } from '../../helpers/temp';
import { setQuickPin } from '../../helpers/pin';

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-25T10:00:00Z') {
  let now = new Date(start).getTime();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function withKiosk(
  fn: (k: ReturnType<typeof openKiosk>, c: ReturnType<typeof manualClock>, dataDir: string) => Promise<void>,
) {
  return async () => {
    const t = tempDir();
    const c = manualClock();
    const dataDir = join(t.dir, 'data');
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir }, c.clock);
    try {
      await fn(kiosk, c, dataDir);
    } finally {
      kiosk.close();
      t.cleanup();
    }
  };
}

test(
  'first run: no PIN set, entry is impossible whatever is typed',
  withKiosk(async (kiosk, c) => {
    const gate = new StaffGate(kiosk.db, c.clock);
    assert.deepEqual(gate.status(), { pinSet: false, lockedSeconds: 0 });
    assert.deepEqual(await gate.enter('000000'), { ok: false, reason: 'no-pin' });
    assert.deepEqual(await gate.enter('123456'), { ok: false, reason: 'no-pin' });
  }),
);

test(
  'the PIN is kept only as a scrypt hash, outside the settings, and never in the kiosk config',
  withKiosk(async (kiosk) => {
    await setPin(kiosk.db, '482915');
    assert.ok(isPinSet(kiosk.db));
    const dump = JSON.stringify(kiosk.db.prepare('SELECT * FROM staff_pin').all());
    assert.doesNotMatch(dump, /482915/);
    assert.match(dump, /scrypt\$/);
    assert.doesNotMatch(JSON.stringify(kiosk.db.prepare('SELECT * FROM settings').all()), /scrypt/);
    assert.doesNotMatch(JSON.stringify(kioskConfig(kiosk)), /scrypt|482915/);
    await assert.rejects(setPin(kiosk.db, '12a4'), /6 to 8 digits/);
  }),
);

test(
  'a correct PIN gives a token that staff calls accept; a wrong one counts down',
  withKiosk(async (kiosk, c) => {
    await setQuickPin(kiosk.db, '246813');
    const gate = new StaffGate(kiosk.db, c.clock);
    assert.deepEqual(await gate.enter('135791'), { ok: false, reason: 'wrong', attemptsLeft: 4 });
    const ok = await gate.enter('246813');
    assert.equal(ok.ok, true);
    if (!ok.ok) return;
    gate.require(ok.token);
    assert.throws(() => gate.require('not-a-token'), StaffDenied);
    // A success resets the count.
    assert.deepEqual(await gate.enter('111111'), { ok: false, reason: 'wrong', attemptsLeft: 4 });
  }),
);

test(
  'five wrong PINs lock entry for five minutes, even for the right PIN, and the lock survives a restart',
  withKiosk(async (kiosk, c, dataDir) => {
    await setQuickPin(kiosk.db, '246813');
    const gate = new StaffGate(kiosk.db, c.clock);
    for (let i = 4; i >= 1; i--)
      assert.deepEqual(await gate.enter('000000'), { ok: false, reason: 'wrong', attemptsLeft: i });
    assert.deepEqual(await gate.enter('000000'), { ok: false, reason: 'locked', retryAfterSeconds: 300 });
    assert.equal((await gate.enter('246813')).ok, false, 'locked even for the right PIN');
    c.advance(lockoutMs - 1000);
    // A new process (new gate over a reopened database) still sees the lock.
    const again = openKiosk({ contentDir: defaultContentDir, dataDir }, c.clock);
    try {
      const gate2 = new StaffGate(again.db, c.clock);
      assert.deepEqual(gate2.status(), { pinSet: true, lockedSeconds: 1 });
      assert.deepEqual(await gate2.enter('246813'), { ok: false, reason: 'locked', retryAfterSeconds: 1 });
      c.advance(1000);
      assert.equal((await gate2.enter('246813')).ok, true);
    } finally {
      again.close();
    }
  }),
);

test(
  'parallel guesses are serialised: ten at once still lock after five',
  withKiosk(async (kiosk, c) => {
    await setQuickPin(kiosk.db, '246813');
    const gate = new StaffGate(kiosk.db, c.clock);
    const results = await Promise.all(Array.from({ length: 10 }, () => gate.enter('999999')));
    assert.equal(results.filter((r) => !r.ok && r.reason === 'wrong').length, 4);
    assert.equal(results.filter((r) => !r.ok && r.reason === 'locked').length, 6);
  }),
);

test(
  'a staff session ends after inactivity and on leave; each call extends it',
  withKiosk(async (kiosk, c) => {
    await setQuickPin(kiosk.db, '246813');
    const gate = new StaffGate(kiosk.db, c.clock);
    const r = await gate.enter('246813');
    assert.ok(r.ok);
    if (!r.ok) return;
    c.advance(sessionIdleMs - 1000);
    gate.require(r.token);
    c.advance(sessionIdleMs - 1000);
    gate.require(r.token);
    c.advance(sessionIdleMs);
    assert.throws(() => gate.require(r.token), StaffDenied);
    const s = await gate.enter('246813');
    assert.ok(s.ok);
    if (!s.ok) return;
    gate.leave(s.token);
    assert.throws(() => gate.require(s.token), StaffDenied);
  }),
);

test(
  'through the contract: staff calls without a live token are denied; PIN change needs the current PIN',
  withKiosk(async (kiosk) => {
    await setQuickPin(kiosk.db, '246813');
    const handlers = createHandlers(kiosk);
    await assert.rejects(
      dispatch(handlers, 'staffGetSettings', { token: 'x'.repeat(40) }),
      (e: unknown) => e instanceof CallFailure && e.error.code === 'denied',
    );
    const entered = (await dispatch(handlers, 'staffEnter', { pin: '246813' })) as { ok: true; token: string };
    const token = entered.token;
    assert.deepEqual(await dispatch(handlers, 'staffChangePin', { token, current: '111111', next: '975319' }), {
      ok: false,
      reason: 'wrong',
      attemptsLeft: 4,
    });
    assert.deepEqual(await dispatch(handlers, 'staffChangePin', { token, current: '246813', next: '975319' }), {
      ok: true,
    });
    assert.equal(((await dispatch(handlers, 'staffEnter', { pin: '246813' })) as { ok: boolean }).ok, false);
    assert.equal(((await dispatch(handlers, 'staffEnter', { pin: '975319' })) as { ok: boolean }).ok, true);
  }),
);

test(
  'a malformed PIN is refused without its value appearing in the error',
  withKiosk(async (kiosk) => {
    await setQuickPin(kiosk.db, '246813');
    const handlers = createHandlers(kiosk);
    for (const bad of ['12a45', '123', '123456789', '98 76']) {
      await assert.rejects(dispatch(handlers, 'staffEnter', { pin: bad }), (e: unknown) => {
        assert.ok(e instanceof CallFailure && e.error.code === 'bad-input');
        assert.ok(!e.error.message.includes(bad), e.error.message);
        return true;
      });
    }
  }),
);
