import type { Db } from '../../db/open';
import { listTerritories } from '../content-store';
import { structureById } from '../structure-store';
import { compareWithNational, confirmedOn, hoursConfirmed, recordConfirmation } from '../reconcile';
import { saveHours, type StaffResult } from './hours-admin';
import type { Structure } from '../../content/structure-schema';
import type { StaffStructureView } from '../../api/staff-contract';

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

/**
 * Staff checked with the structure and confirm one version: 'content' keeps the content's hours; a national
 * row's id takes that row's hours (a logged, undoable staff edit). Either way the date becomes the hours'
 * verification date and the visitors' "hours may have changed" warning goes.
 */
export function confirmHours(
  db: Db,
  clock: () => Date,
  id: string,
  version: string,
): StaffResult<{ confirmedOn: string }> {
  const s = structureById(db, id);
  if (!s) return { ok: false, message: `Pas de structure « ${id} ».` };
  const territory = listTerritories(db).find((t) => t.id === s.territory);
  if (!territory) return { ok: false, message: `Le territoire de « ${id} » n'est pas installé.` };
  if (version !== 'content') {
    const row = s.national?.find((n) => n.id === version);
    if (!row)
      return { ok: false, message: `« ${version} » n'est pas une ligne de la liste nationale pour « ${s.name} ».` };
    if (row.hours === null)
      return { ok: false, message: 'La liste nationale ne donne pas d’horaires pour cette ligne.' };
    if (row.hours !== s.hours) {
      const saved = saveHours(db, clock, id, row.hours);
      if (!saved.ok) return saved;
    }
  }
  const now = structureById(db, id)!;
  return { ok: true, value: { confirmedOn: recordConfirmation(db, now, clock(), territory) } };
}
