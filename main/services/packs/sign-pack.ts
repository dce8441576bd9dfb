import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeZipAtomically } from './zip-write';
import { extractPack } from './extract';
import { formatProblems, listFiles } from './validate';
import { packManifestFile, packSignatureFile } from './rules';
import { generateContentKeyPair, privateKeyFileName, publicKeyFileName, signManifestBytes } from './signature';

/** `keygen --out DIR`: the private key (PKCS#8 PEM, 0600, never overwritten) and the public key's line. */
export function writeContentKeyPair(dir: string): { publicLine: string; privateFile: string; publicFile: string } {
  mkdirSync(dir, { recursive: true });
  const { privatePem, publicLine } = generateContentKeyPair();
  const privateFile = join(dir, privateKeyFileName);
  const publicFile = join(dir, publicKeyFileName);
  // 'wx': an existing key is never replaced (every pack signed with it would stop being trusted).
  writeFileSync(privateFile, privatePem, { mode: 0o600, flag: 'wx' });
  chmodSync(privateFile, 0o600);
  writeFileSync(publicFile, `${publicLine}\n`, { flag: 'wx' });
  return { publicLine, privateFile, publicFile };
}

/**
 * `sign <pack> --key FILE`: adds (or replaces) pack-signature.json, signing pack-manifest.json as it is.
 * A zip is rewritten beside itself then renamed over (never half a pack); a folder gets the file.
 */
export async function signPack(pack: string, keyFile: string): Promise<{ publicKey: string }> {
  const privatePem = readFileSync(keyFile, 'utf8');
  if (statSync(pack).isDirectory()) {
    const sig = signManifestBytes(readFileSync(join(pack, packManifestFile)), privatePem);
    writeFileSync(join(pack, packSignatureFile), JSON.stringify(sig, null, 2) + '\n');
    return { publicKey: sig.publicKey };
  }
  const work = mkdtempSync(join(tmpdir(), 'repere-sign-'));
  try {
    const problems = await extractPack(pack, work);
    if (problems.length > 0) throw new Error(`The pack cannot be read:\n${formatProblems(problems)}`);
    const sig = signManifestBytes(readFileSync(join(work, packManifestFile)), privatePem);
    writeFileSync(join(work, packSignatureFile), JSON.stringify(sig, null, 2) + '\n');
    await writeZipAtomically(
      pack,
      listFiles(work).map((f): [string, Buffer] => [f, readFileSync(join(work, f))]),
    );
    return { publicKey: sig.publicKey };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
