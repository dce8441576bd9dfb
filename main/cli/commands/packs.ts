import { resolve } from 'node:path';
import type { CliAction, CliCommand } from '../command';
import { kioskFlags, withKiosk } from '../command';
import { formatProblems } from '../../services/packs/validate';
import { validatePack } from '../../services/packs/validate-pack';
import { importPack, restoreBackup } from '../../services/packs/import';
import { exportPack } from '../../services/packs/export';
import { machineContentKeys } from '../../config/content-keys';

/** The machine config's trusted keys, or null after printing why they cannot be known. */
export function trustedKeysOrExplain(): string[] | null {
  const trust = machineContentKeys();
  if ('keys' in trust) return trust.keys;
  console.error('The machine config is not valid, so the trusted content keys are unknown:');
  for (const line of trust.problems) console.error(`  ${line}`);
  return null;
}

export const signatureLine = (signedBy: string | null, keys: string[]) =>
  signedBy ? `signed by ${signedBy}` : keys.length === 0 ? 'unsigned (no contentPublicKeys configured)' : 'unsigned';

/** `validate-pack <pack>`: checks a content pack as staff import would, before copying it to a kiosk. */
export const validatePackCommand: CliCommand & CliAction = {
  name: 'validate-pack',
  usage: ['validate-pack <pack>          check a content pack (folder or zip): every problem with file and field'],
  words: 1,
  run: async (args) => {
    const pack = args.positional[0];
    if (!pack) return (console.error('validate-pack needs a pack (folder or .zip)'), 2);
    const keys = trustedKeysOrExplain();
    if (!keys) return 1;
    const r = await validatePack(resolve(pack), { trustedKeys: keys });
    if (r.ok) {
      console.log(
        `Pack valid: content ${r.manifest.contentVersion} (${r.manifest.date}), territory ${r.manifest.territory}, ${signatureLine(r.signedBy, keys)}.`,
      );
      return 0;
    }
    console.error(`The pack is not valid:\n${formatProblems(r.problems)}`);
    return 1;
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  usage: [
    'import <pack> [--allow-downgrade]  install a content pack, all or nothing; the previous content becomes the backup',
  ],
  flags: { ...kioskFlags, 'allow-downgrade': 'boolean' },
  words: 1,
  run: async (args) => {
    const pack = args.positional[0];
    if (!pack) return (console.error('import needs a pack (folder or .zip)'), 2);
    const allowDowngrade = args.flags.has('allow-downgrade');
    const keys = trustedKeysOrExplain();
    if (!keys) return 1;
    return withKiosk(args, async (kiosk) => {
      const r = await importPack(kiosk, resolve(pack), { allowDowngrade, trustedKeys: keys });
      if (!r.ok) {
        console.error(`Nothing was imported; the pack is not valid:\n${formatProblems(r.problems)}`);
        return 1;
      }
      if (allowDowngrade && r.downgradedFrom)
        console.error(`Warning: content went back from ${r.downgradedFrom} to the older ${r.contentVersion}.`);
      console.log(
        `Imported content ${r.contentVersion} (territory ${r.territory}, ${signatureLine(r.signedBy, keys)}). "restore-backup" puts the previous one back.`,
      );
      return 0;
    });
  },
};

export const exportCommand: CliCommand = {
  name: 'export',
  usage: ['export <file.zip>             write the active content as a pack'],
  flags: kioskFlags,
  words: 1,
  run: async (args) => {
    const file = args.positional[0];
    if (!file) return (console.error('export needs a file name, e.g. pack.zip'), 2);
    return withKiosk(args, async (kiosk) => {
      const m = await exportPack(kiosk, resolve(file));
      console.log(
        `Exported content ${m.contentVersion} with ${Object.keys(m.files).length} files to ${resolve(file)}.`,
      );
      return 0;
    });
  },
};

export const restoreBackupCommand: CliCommand = {
  name: 'restore-backup',
  usage: ['restore-backup                put the content that was active before the last import back'],
  flags: kioskFlags,
  run: (args) =>
    withKiosk(args, async (kiosk) => {
      try {
        const r = await restoreBackup(kiosk);
        console.log(`Restored content ${r.contentVersion}; the content it replaced is now the backup.`);
        return 0;
      } catch (err) {
        console.error(err instanceof Error ? err.message : String(err));
        return 1;
      }
    }),
};
