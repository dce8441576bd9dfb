import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { supportedLocales } from '../../../common/locales';
import { localeSchema } from '../../../common/locale-schema';
import { listRecordedClipKeys, recordedClipPath } from '../clips';
import { metaValue } from '../content-store';
import type { Kiosk } from '../kiosk';
import { clipPackKind, clipPackPath, type ClipPackManifest } from './clip-pack-rules';
import { packManifestFile, packSignatureFile } from './rules';
import { signManifestBytes } from './signature';
import { writeZipAtomically } from './zip-write';

export class NoClipsToExport extends Error {
  constructor(langs: readonly string[]) {
    super(`No recorded clip to export (languages: ${langs.join(' ')}): record takes in the voice studio first.`);
    this.name = 'NoClipsToExport';
  }
}

export interface ClipExportOptions {
  /** Only these languages (all by default). */
  langs?: readonly string[];
  /** A private key from `keygen` (PEM text): the pack gets pack-signature.json, as `sign` would add. */
  privateKeyPem?: string;
}

interface Take {
  lang: string;
  key: string;
  data: Buffer;
}

/** This kiosk's recorded takes (voice studio and imported clips), each read once, by language then key. */
function recordedTakes(kiosk: Kiosk, langs: readonly string[]): Take[] {
  return langs.flatMap((lang) =>
    listRecordedClipKeys(kiosk.paths, lang).map((key) => ({
      lang,
      key,
      data: readFileSync(recordedClipPath(kiosk.paths, lang, key)),
    })),
  );
}

function manifestFor(kiosk: Kiosk, takes: readonly Take[]): ClipPackManifest {
  const contentVersion = metaValue(kiosk.db, 'content_version');
  const clips = takes.map(({ lang, key, data }) => ({
    lang: localeSchema.parse(lang),
    key,
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: data.length,
  }));
  return {
    format: 1,
    kind: clipPackKind,
    created: kiosk.clock().toISOString(),
    ...(contentVersion ? { contentVersion } : {}),
    clips,
  };
}

/**
 * Writes the kiosk's recorded takes as a clip pack (a zip, written beside `file` then renamed: never half a
 * pack), signed when a private key is given, with the same signature a content pack gets.
 */
export async function exportClipPack(
  kiosk: Kiosk,
  file: string,
  options: ClipExportOptions = {},
): Promise<{ manifest: ClipPackManifest; signedBy: string | null }> {
  const langs = options.langs ?? supportedLocales;
  const takes = recordedTakes(kiosk, langs);
  if (takes.length === 0) throw new NoClipsToExport(langs);
  const manifest = manifestFor(kiosk, takes);
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
  const entries: [string, Buffer][] = [[packManifestFile, manifestBytes]];
  let signedBy: string | null = null;
  if (options.privateKeyPem !== undefined) {
    const signature = signManifestBytes(manifestBytes, options.privateKeyPem);
    entries.push([packSignatureFile, Buffer.from(JSON.stringify(signature, null, 2) + '\n')]);
    signedBy = signature.publicKey;
  }
  for (const take of takes) entries.push([clipPackPath(take.lang, take.key), take.data]);
  mkdirSync(dirname(file), { recursive: true });
  await writeZipAtomically(file, entries);
  return { manifest, signedBy };
}
