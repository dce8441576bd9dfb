import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringFlag, type ParsedArgs } from '../../args';
import { withKiosk } from '../command';
import { supportedLocales, isSupportedLocale } from '../../../common/locales';
import { exportClipPack, NoClipsToExport } from '../../services/packs/clip-pack-export';
import { importClipPack, type ClipRef } from '../../services/packs/clip-pack-import';
import { formatProblems } from '../../services/packs/validate';
import { signatureLine, trustedKeysOrExplain } from './packs';

/** "ps 12, ff 3": how many clips per language. */
function perLanguage(clips: readonly ClipRef[]): string {
  const counts = new Map<string, number>();
  for (const c of clips) counts.set(c.lang, (counts.get(c.lang) ?? 0) + 1);
  return [...counts].map(([lang, n]) => `${lang} ${n}`).join(', ');
}

/** `--lang ps,ff`: the languages named, or a message naming the unknown ones. */
function languages(args: ParsedArgs): { langs?: string[] } | { error: string } {
  const flag = args.flags.get('lang');
  if (flag === undefined) return {};
  const langs = typeof flag === 'string' ? flag.split(',').map((l) => l.trim()) : [];
  const unknown = langs.filter((l) => !isSupportedLocale(l));
  if (langs.length === 0 || unknown.length > 0)
    return { error: `Unknown language "${unknown.join(',')}". Kiosk languages: ${supportedLocales.join(' ')}.` };
  return { langs };
}

/** `clips export --out FILE [--key FILE] [--lang ps,ff]`: the voice studio's takes as a (signed) clip pack. */
export async function clipsExport(args: ParsedArgs): Promise<number> {
  const out = stringFlag(args, 'out');
  if (!out) return (console.error('clips export needs --out FILE (e.g. --out clips.zip)'), 2);
  const chosen = languages(args);
  if ('error' in chosen) return (console.error(chosen.error), 2);
  const keyFile = stringFlag(args, 'key');
  let privateKeyPem: string | undefined;
  try {
    if (keyFile !== undefined) {
      privateKeyPem = readFileSync(resolve(keyFile), 'utf8');
      if (createPrivateKey(privateKeyPem).asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
    }
  } catch (err) {
    const why = (err as Error).message;
    return (console.error(`--key must be a private key from \`keygen\` (repere-content.key): ${why}`), 1);
  }
  return withKiosk(args, async (kiosk) => {
    try {
      const file = resolve(out);
      const r = await exportClipPack(kiosk, file, { ...chosen, ...(privateKeyPem ? { privateKeyPem } : {}) });
      const { clips, contentVersion } = r.manifest;
      const against = contentVersion ? `, recorded against content ${contentVersion}` : '';
      console.log(`Exported ${clips.length} clips (${perLanguage(clips)}) to ${file}${against}.`);
      if (r.signedBy) console.log(`Signed with key ${r.signedBy}.`);
      else console.error('Warning: unsigned: kiosks with contentPublicKeys will refuse it (sign it with --key).');
      return 0;
    } catch (err) {
      if (err instanceof NoClipsToExport) return (console.error(err.message), 1);
      throw err;
    }
  });
}

/** `clips import <pack>`: checked like a content pack (signature, manifest, every file), all or nothing. */
export async function clipsImport(args: ParsedArgs): Promise<number> {
  const pack = args.positional[1];
  if (!pack) return (console.error('clips import needs a clip pack (.zip or folder)'), 2);
  const keys = trustedKeysOrExplain();
  if (!keys) return 1;
  return withKiosk(args, async (kiosk) => {
    const r = await importClipPack(kiosk, resolve(pack), { trustedKeys: keys });
    if (!r.ok) {
      console.error(`Nothing was imported; the clip pack is not valid:\n${formatProblems(r.problems)}`);
      return 1;
    }
    if (r.skipped) return 0; // not asked for by the CLI (onlyIfNewer is the start's)
    console.log(`Imported ${r.clips.length} clips (${perLanguage(r.clips)}), ${signatureLine(r.signedBy, keys)}.`);
    if (r.recordedAgainst && r.installedContentVersion && r.recordedAgainst !== r.installedContentVersion)
      console.log(`Note: recorded against content ${r.recordedAgainst}; this kiosk has ${r.installedContentVersion}.`);
    if (r.unknown && r.unknown.length > 0) {
      console.error(`Warning: ${r.unknown.length} clips are for phrases this kiosk does not have (kept):`);
      for (const c of r.unknown) console.error(`  ${c.lang} ${c.key}`);
    }
    return 0;
  });
}
