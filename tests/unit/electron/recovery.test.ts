import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRecoveryPolicy, recentFailures, recoveryAction } from '../../../main/electron/recovery';

const minute = 60_000;
const t0 = 1_700_000_000_000;

test('a first failure, and a few spread over the day, reload the start screen', () => {
  assert.equal(recoveryAction([], t0), 'reload');
  assert.equal(recoveryAction([t0 - 3 * 60 * minute, t0 - 2 * 60 * minute, t0 - 60 * minute], t0), 'reload');
});

test('more failures than allowed reloads inside the window relaunch the app', () => {
  const policy = { windowMs: 10 * minute, maxReloads: 3 };
  assert.equal(recoveryAction([t0 - 2 * minute, t0 - minute], t0, policy), 'reload', 'third failure');
  assert.equal(recoveryAction([t0 - 3 * minute, t0 - 2 * minute, t0 - minute], t0, policy), 'relaunch', 'fourth');
  // The oldest one leaves the window: back to reloading.
  assert.equal(recoveryAction([t0 - 11 * minute, t0 - 2 * minute, t0 - minute], t0, policy), 'reload');
});

test('the default policy allows three reloads in ten minutes', () => {
  assert.deepEqual(defaultRecoveryPolicy, { windowMs: 10 * minute, maxReloads: 3 });
  const three = [t0 - 9 * minute, t0 - 5 * minute, t0 - minute];
  assert.equal(recoveryAction(three, t0), 'relaunch');
});

test('recentFailures drops what is outside the window (and times after now, from a clock change)', () => {
  const policy = { windowMs: 10 * minute, maxReloads: 3 };
  assert.deepEqual(recentFailures([t0 - 20 * minute, t0 - 10 * minute, t0 - minute, t0 + minute], t0, policy), [
    t0 - minute,
  ]);
});
