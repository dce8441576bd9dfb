import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packManifestFile, packSignatureFile, type PackProblem } from './rules';

/**
 * Signed content packs. IT makes an Ed25519 key pair once (`keygen`), signs each pack (`sign`): the pack gets
 * pack-signature.json, a detached signature over the exact bytes of pack-manifest.json, which holds every
 * file's sha256, so the signature covers every file. A kiosk whose machine config lists contentPublicKeys
 * accepts only packs signed by one of them. Keys travel as one line: base64 of the public key's SPKI DER.
 */
export const privateKeyFileName = 'repere-content.key';
export const publicKeyFileName = 'repere-content.pub';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');
export const signatureSchema = z
  .object({ format: z.literal(1), algorithm: z.literal('ed25519'), publicKey: base64, signature: base64 })
  .strict();
export type PackSignature = z.infer<typeof signatureSchema>;

/** The one-line form of a public key: base64 of its SPKI DER (what the machine config lists). */
export const publicKeyLine = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');

/** The key a one-line form names, or null when it is not an Ed25519 public key. */
export function publicKeyFromLine(line: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(line, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export function generateContentKeyPair(): { privatePem: string; publicLine: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicLine: publicKeyLine(publicKey),
  };
}

export function signManifestBytes(manifest: Buffer, privatePem: string): PackSignature {
  const key = createPrivateKey(privatePem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('The key is not an Ed25519 private key.');
  return {
    format: 1,
    algorithm: 'ed25519',
    publicKey: publicKeyLine(createPublicKey(key)),
    signature: sign(null, manifest, key).toString('base64'),
  };
}

const short = (line: string) => `${line.slice(0, 16)}…${line.slice(-8)}`;

export type SignatureCheck = { signedBy: string | null; problems: PackProblem[] };

/**
 * Checks an extracted pack's signature. Any signature present must be sound; with trusted keys, one is
 * required and must be by one of them (the message names the keys expected).
 */
export function checkPackSignature(dir: string, trustedKeys: readonly string[]): SignatureCheck {
  const expected = `this kiosk accepts only packs signed by ${trustedKeys.map(short).join(' or ')} (contentPublicKeys)`;
  const file = join(dir, packSignatureFile);
  if (!existsSync(file)) {
    if (trustedKeys.length === 0) return { signedBy: null, problems: [] };
    return { signedBy: null, problems: [{ file: packSignatureFile, field: '', message: `missing: ${expected}` }] };
  }
  const problem = (field: string, message: string): SignatureCheck => ({
    signedBy: null,
    problems: [{ file: packSignatureFile, field, message }],
  });
  let parsed;
  try {
    parsed = signatureSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return problem('', 'not valid JSON');
  }
  if (!parsed.success) return problem(parsed.error.issues[0]?.path.join('.') ?? '', 'not a pack signature');
  const sig = parsed.data;
  const key = publicKeyFromLine(sig.publicKey);
  if (!key) return problem('publicKey', 'not an Ed25519 public key');
  let manifest: Buffer;
  try {
    manifest = readFileSync(join(dir, packManifestFile));
  } catch {
    return problem('', `${packManifestFile} is missing: nothing is signed`);
  }
  if (!verify(null, manifest, key, Buffer.from(sig.signature, 'base64')))
    return problem('signature', `does not match ${packManifestFile} (the pack was altered after signing)`);
  if (trustedKeys.length > 0 && !trustedKeys.includes(sig.publicKey))
    return problem('publicKey', `signed by ${short(sig.publicKey)}, a key this kiosk does not trust: ${expected}`);
  return { signedBy: sig.publicKey, problems: [] };
}
