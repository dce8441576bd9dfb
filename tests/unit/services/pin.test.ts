import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPin, pinHashPattern, verifyPin } from '../../../main/services/pin';

test('a PIN hash is salted scrypt, never contains the PIN, and verifies only the right PIN', async () => {
  const a = await hashPin('482915');
  const b = await hashPin('482915');
  assert.match(a, pinHashPattern);
  assert.notEqual(a, b, 'two hashes of one PIN differ (salt)');
  assert.ok(!a.includes('482915'));
  assert.equal(await verifyPin('482915', a), true);
  assert.equal(await verifyPin('482916', a), false);
  assert.equal(await verifyPin('482915', 'plain-text'), false);
  await assert.rejects(hashPin('12'), /6 to 8 digits/);
});
