import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { newPinPattern, pinPattern } from '../../common/pin';

/**
 * Staff PINs are stored only as salted scrypt hashes: `scrypt$N$r$p$<salt b64>$<hash b64>`.
 * The PIN itself is never stored, logged or returned.
 */
// N = 2^17 (128 MiB per guess): 5 to 11 times the former N = 2^14. On the shared development machine under
// load, 0.69-1.55 s per guess, so 8-18 days to try all 10^6 six-digit PINs on one core (the former cost:
// 0.13-0.24 s, 1.5-2.8 days). Measured by `npx tsx scripts/bench/pin.ts`; see README "Reliability".
export const scryptParams = { N: 131072, r: 8, p: 1 } as const;
const params = scryptParams;
/** Enough for the cost above; a stored hash asking for more memory is refused rather than obeyed. */
const maxmem = 256 * 1024 * 1024;
const keyLength = 32;

function scrypt(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(pin, salt, keyLength, { ...options, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export { pinPattern, newPinPattern };
export const newPinRule = 'A PIN is 6 to 8 digits.';

/** `cost` is for tests that need many cheap hashes; the kiosk and the CLI always use scryptParams. */
export async function hashPin(pin: string, cost: { N: number; r: number; p: number } = params): Promise<string> {
  if (!newPinPattern.test(pin)) throw new Error(newPinRule);
  const salt = randomBytes(16);
  const key = await scrypt(pin, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export const pinHashPattern = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;

/** Constant-time check of a PIN against a stored hash; a malformed hash never matches. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  if (!pinHashPattern.test(stored) || !pinPattern.test(pin)) return false;
  const [, n, r, p, saltB64, hashB64] = stored.split('$');
  const expected = Buffer.from(hashB64!, 'base64');
  const key = await scrypt(pin, Buffer.from(saltB64!, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
