import type { Db } from '../../db/open';
import { listTerritories } from '../content-store';
import { structureById } from '../structure-store';
import { recordConfirmation } from '../reconcile';
import { saveHours, type StaffResult } from './hours-admin';

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
