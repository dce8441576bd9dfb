import type { CliCommand } from '../command';
import { kioskFlags, withKiosk } from '../command';
import { stringFlag } from '../../args';
import { listTerritories } from '../../services/content-store';
import { ensureFreshIntervals, openState, structuresOf } from '../../services/structure-store';
import { isoWithOffset, parseWall, wallAt, wallDate, wallToUtc } from '../../hours/zoned';
import { hoursConfirmed } from '../../services/reconcile';
import { hasLiveState } from '../../content/live-state';

/** `structures --territory 972 --at 2026-12-08T10:00 [--json]`: each structure's state at a local time. */
export const structuresCommand: CliCommand = {
  name: 'structures',
  usage: ['structures --territory ID [--at YYYY-MM-DDTHH:MM] [--json]   open state of each structure (local time)'],
  flags: { ...kioskFlags, territory: 'string', at: 'string', json: 'boolean' },
  run: (args) =>
    withKiosk(args, (kiosk) => {
      const territories = listTerritories(kiosk.db);
      const id = stringFlag(args, 'territory');
      const territory = territories.find((t) => t.id === id);
      if (!territory) {
        console.error(`--territory must be one of: ${territories.map((t) => t.id).join(', ')}`);
        return 2;
      }
      const atText = stringFlag(args, 'at');
      const wall = atText === undefined ? null : parseWall(atText);
      if (atText !== undefined && wall === null) {
        console.error(`--at "${atText}" is not a local time such as 2026-12-08T10:00`);
        return 2;
      }
      const at = wall ? wallToUtc(wall, territory.timezone) : kiosk.clock().getTime();
      // Intervals are computed from the local day of --at, so any date can be asked about.
      ensureFreshIntervals(kiosk.db, [territory], new Date(at));
      const today = wallDate(wallAt(at, territory.timezone));
      const rows = structuresOf(kiosk.db, territory.id).map((s) => {
        const c = s.temporaryClosure;
        const temporarilyClosed = c !== null && c.from <= today && (c.until === null || c.until >= today);
        const state = openState(kiosk.db, s.id, at);
        // A mobile service (a bus) or hours that vary (by week, between places, to check) have no live state:
        // open is null, never true, as on the visitor's card.
        const live = hasLiveState(s);
        const change = !live ? null : state.open ? state.closesAt : state.opensAt;
        return {
          id: s.id,
          name: s.name,
          category: s.category,
          commune: s.commune,
          open: live ? state.open : null,
          nextChange: change === null ? null : isoWithOffset(change, territory.timezone),
          temporarilyClosed,
          hours: s.hours,
          mobile: s.mobile,
          hoursVary: s.hoursVary ?? null,
          hoursConfirmed: hoursConfirmed(kiosk.db, s, territory),
        };
      });
      if (args.flags.has('json')) {
        console.log(JSON.stringify(rows, null, 2));
        return 0;
      }
      console.log(`${territory.name} at ${isoWithOffset(at, territory.timezone)}`);
      for (const r of rows) {
        const state = r.temporarilyClosed
          ? 'temporarily closed'
          : r.mobile
            ? 'mobile: call first'
            : r.hoursVary !== null
              ? `${r.hoursVary}: call first`
              : r.open === null
                ? 'hours unknown'
                : r.open
                  ? 'open'
                  : 'closed';
        const unsure = r.hoursConfirmed ? '' : '  (hours may have changed: see reconcile)';
        console.log(`  ${state.padEnd(18)} ${r.id}${r.nextChange ? `  (changes ${r.nextChange})` : ''}${unsure}`);
      }
      return 0;
    }),
};
