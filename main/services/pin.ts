import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Staff PINs are stored only as salted scrypt hashes: `scrypt$N$r$p$<salt b64>$<hash b64>`.
 * The PIN itself is never stored, logged or returned.
 */
const params = { N: 16384, r: 8, p: 1 } as const;
const keyLength = 32;

function scrypt(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(pin, salt, keyLength, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export const pinPattern = /^\d{4,8}$/;

export async function hashPin(pin: string): Promise<string> {
  if (!pinPattern.test(pin)) throw new Error('A PIN is 4 to 8 digits.');
  const salt = randomBytes(16);
  const key = await scrypt(pin, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
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
