import type { CliCommand } from '../command';
import { stringFlag } from '../../args';
import { kioskFlags, withKiosk } from '../command';
import { statsBetween, statsCsv, totalsByKind, statKinds } from '../../services/staff/stats';

export const statsCommand: CliCommand = {
  name: 'stats',
  usage: ['stats --from YYYY-MM-DD --to YYYY-MM-DD [--csv]   anonymous usage counters per day'],
  flags: { ...kioskFlags, from: 'string', to: 'string', csv: 'boolean' },
  run: (args) => {
    const from = stringFlag(args, 'from');
    const to = stringFlag(args, 'to');
    if (!from || !to) {
      console.error('stats needs --from YYYY-MM-DD and --to YYYY-MM-DD');
      return 2;
    }
    return withKiosk(args, (kiosk) => {
      let rows;
      try {
        rows = statsBetween(kiosk.db, from, to);
      } catch (err) {
        console.error(`Bad dates: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (use YYYY-MM-DD)`);
        return 2;
      }
      if (args.flags.has('csv')) {
        process.stdout.write(statsCsv(rows));
        return 0;
      }
      const totals = totalsByKind(rows);
      for (const kind of statKinds) {
        console.log(`${kind}:`);
        for (const { item, count } of totals[kind]) console.log(`  ${item.padEnd(28)} ${count}`);
      }
      return 0;
    });
  },
};
