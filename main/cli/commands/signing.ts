import { resolve } from 'node:path';
import { stringFlag } from '../../args';
import type { CliCommand } from '../command';
import { signPack, writeContentKeyPair } from '../../services/packs/sign-pack';

export const keygenCommand: CliCommand = {
  name: 'keygen',
  usage: ['keygen --out DIR              make an Ed25519 key pair for signing content packs; prints the public key'],
  flags: { out: 'string' },
  run: (args) => {
    const out = stringFlag(args, 'out');
    if (!out) return (console.error('keygen needs --out DIR (where repere-content.key and .pub are written)'), 2);
    try {
      const k = writeContentKeyPair(resolve(out));
      console.error(`Private key: ${k.privateFile} (mode 0600: keep it off the kiosks). Public key: ${k.publicFile}.`);
      console.error('Put this line in the machine config\'s "contentPublicKeys":');
      console.log(k.publicLine);
      return 0;
    } catch (err) {
      const exists = (err as NodeJS.ErrnoException).code === 'EEXIST';
      console.error(exists ? 'A key pair is already there; nothing was overwritten.' : (err as Error).message);
      return 1;
    }
  },
};

export const signCommand: CliCommand = {
  name: 'sign',
  usage: ['sign <pack> --key FILE        sign a content pack (adds pack-signature.json) with a keygen private key'],
  flags: { key: 'string' },
  words: 1,
  run: async (args) => {
    const pack = args.positional[0];
    const key = stringFlag(args, 'key');
    if (!pack || !key) return (console.error('sign needs a pack and --key DIR/repere-content.key'), 2);
    try {
      const r = await signPack(resolve(pack), resolve(key));
      console.log(`Signed ${resolve(pack)} with key ${r.publicKey}.`);
      return 0;
    } catch (err) {
      console.error((err as Error).message);
      return 1;
    }
  },
};
