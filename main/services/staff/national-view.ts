import type { Db } from '../../db/open';
import { listTerritories } from '../content-store';
import { compareWithNational, confirmedOn, hoursConfirmed } from '../reconcile';
import type { Structure } from '../../content/structure-schema';
import type { StaffStructureView } from '../../../common/api/staff-contract';

/** What the hours screen shows staff about the national list for one structure. */
export function nationalView(
  db: Db,
  s: Structure,
): Pick<StaffStructureView, 'national' | 'hoursConfirmed' | 'confirmedOn'> {
  const territory = listTerritories(db).find((t) => t.id === s.territory);
  if (!territory || !s.national?.length) return { national: [], hoursConfirmed: true, confirmedOn: null };
  const comparisons = compareWithNational(s, territory);
  return {
    national: comparisons.map((c, i) => ({
      id: c.nationalId,
      name: s.national![i]!.name,
      hours: s.national![i]!.hours,
      source: c.source,
      differences: c.differences,
    })),
    hoursConfirmed: hoursConfirmed(db, s, territory),
    confirmedOn: confirmedOn(db, s),
  };
}
