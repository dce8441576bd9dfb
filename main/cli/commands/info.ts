import type { CliCommand } from '../command';
import { kioskFlags, withKiosk } from '../command';
import { kioskInfo } from '../../services/kiosk';

export const infoCommand: CliCommand = {
  name: 'info',
  usage: ['info [--json]                content version, territories, locales and schema version'],
  flags: { ...kioskFlags, json: 'boolean' },
  run: (args) =>
    withKiosk(args, (kiosk) => {
      const info = kioskInfo(kiosk);
      if (args.flags.has('json')) {
        console.log(JSON.stringify(info, null, 2));
        return 0;
      }
      console.log(`content version: ${info.contentVersion} (${info.contentDate})`);
      console.log(`territories:     ${info.territories.map((t) => `${t.id} ${t.name}`).join(', ')}`);
      console.log(`locales:         ${info.locales.join(', ')}`);
      console.log(`schema version:  ${info.schemaVersion}`);
      return 0;
    }),
};
