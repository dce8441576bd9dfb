import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byKey } from '../../../main/api/by-key';

test('byKey answers each key asked for, in the order asked, and leaves out a key with no answer', () => {
  const known: Record<string, number> = { b: 2, a: 1, zero: 0 };
  const out = byKey(['b', 'missing', 'a', 'zero'], (key) => known[key]);
  assert.deepEqual(Object.entries(out), [
    ['b', 2],
    ['a', 1],
    ['zero', 0],
  ]);
  assert.deepEqual(
    byKey(['x'], () => null),
    {},
  );
  assert.deepEqual(
    byKey(['x'], () => []),
    { x: [] },
    'an empty answer is an answer',
  );
});
