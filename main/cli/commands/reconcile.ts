import type { CliCommand } from '../command';
import { kioskFlags, withKiosk } from '../command';
import { stringFlag } from '../../args';
import { listTerritories } from '../../services/content-store';
import { structuresOf } from '../../services/structure-store';
import { compareWithNational, confirmedOn, hoursConfirmed } from '../../services/reconcile';

/** `reconcile --territory 972 [--json]`: where the hand-typed content and the national list disagree. */
export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  usage: ['reconcile --territory ID [--json]    where the content and the national France Services list disagree'],
  flags: { ...kioskFlags, territory: 'string', json: 'boolean' },
  run: (args) =>
    withKiosk(args, (kiosk) => {
      const territories = listTerritories(kiosk.db);
      const territory = territories.find((t) => t.id === stringFlag(args, 'territory'));
      if (!territory) {
        console.error(`--territory must be one of: ${territories.map((t) => t.id).join(', ')}`);
        return 2;
      }
      const rows = structuresOf(kiosk.db, territory.id)
        .filter((s) => s.national?.length)
        .map((s) => ({
          id: s.id,
          name: s.name,
          hoursConfirmed: hoursConfirmed(kiosk.db, s, territory),
          confirmedOn: confirmedOn(kiosk.db, s),
          counterparts: compareWithNational(s, territory),
        }));
      if (args.flags.has('json')) {
        console.log(JSON.stringify(rows, null, 2));
        return 0;
      }
      const differing = rows.filter((r) => r.counterparts.some((c) => !c.hoursAgree));
      console.log(
        `${territory.name}: ${rows.length} structures have a row in the national list; hours differ for ${differing.length}`,
      );
      for (const r of rows) {
        const agree = r.counterparts.every((c) => c.hoursAgree);
        const status = agree
          ? 'hours agree'
          : r.hoursConfirmed
            ? `confirmed by staff on ${r.confirmedOn}`
            : 'HOURS DIFFER';
        console.log(`\n${r.id} — ${r.name}: ${status}`);
        for (const c of r.counterparts) {
          console.log(`  national ${c.nationalId} (${c.source})`);
          for (const d of c.differences)
            console.log(`    ${d.field.padEnd(5)} content: ${d.content}\n          national: ${d.national}`);
        }
      }
      return 0;
    }),
};
