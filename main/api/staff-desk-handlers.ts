import type { Kiosk } from '../services/kiosk';
import { listTerritories } from '../services/content-store';
import { listProcedureIds } from '../services/procedures';
import { printChecklist, type Printer } from '../services/printing';
import { countEvent } from '../services/staff/stats';
import {
  listHoursChanges,
  listStaffStructures,
  previewHours,
  saveHours,
  setClosure,
  undoHoursChange,
  type StaffResult,
} from '../services/staff/hours-admin';
import { structureById } from '../services/structure-store';
import { confirmHours } from '../services/staff/hours-confirm';
import { removeLocalPlace, saveLocalPlace, staffLocalPlaces } from '../services/staff/local-place-admin';
import type { CallInput, CallOutput, HoursChangeView } from '../../common/api/contract';
import { CallFailure } from './errors';

type DeskCall =
  | 'staffListStructures'
  | 'staffPreviewHours'
  | 'staffSaveHours'
  | 'staffSetClosure'
  | 'staffListHoursChanges'
  | 'staffUndoHoursChange'
  | 'staffPrintChecklist'
  | 'staffConfirmHours'
  | 'staffListLocalPlaces'
  | 'staffSaveLocalPlace'
  | 'staffRemoveLocalPlace';
type DeskHandlers = { [K in DeskCall]: (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

const asResult = (r: StaffResult<HoursChangeView>) =>
  r.ok ? { ok: true as const, change: r.value } : { ok: false as const, message: r.message };

const badInput = (message: string): never => {
  throw new CallFailure({ code: 'bad-input', message });
};

/** Staff calls for the desk: keeping hours true and printing for a visitor (the token is checked by the caller). */
export function createDeskHandlers(kiosk: Kiosk, printer: Printer | null): DeskHandlers {
  const { db, clock } = kiosk;
  return {
    staffListStructures: () => listStaffStructures(kiosk),
    staffPreviewHours: ({ structureId, hours }) => {
      const s = structureById(db, structureId) ?? badInput(`unknown structure "${structureId}"`);
      const territory = listTerritories(db).find((t) => t.id === s.territory) ?? badInput('territory not installed');
      return previewHours(territory, hours, clock(), s.temporaryClosure);
    },
    staffSaveHours: ({ structureId, hours }) => asResult(saveHours(db, clock, structureId, hours)),
    staffSetClosure: ({ structureId, closure }) => asResult(setClosure(db, clock, structureId, closure)),
    staffListHoursChanges: ({ structureId }) => listHoursChanges(db, structureId),
    staffUndoHoursChange: ({ changeId }) => asResult(undoHoursChange(db, clock, changeId)),
    staffListLocalPlaces: () => staffLocalPlaces(kiosk),
    staffSaveLocalPlace: ({ place }) => {
      const r = saveLocalPlace(kiosk, place);
      return r.ok ? { ok: true as const, ...r.value } : { ok: false as const, message: r.message };
    },
    staffRemoveLocalPlace: ({ id }) => asResult(removeLocalPlace(kiosk, id)),
    staffConfirmHours: ({ structureId, version }) => {
      const r = confirmHours(db, clock, structureId, version);
      return r.ok
        ? { ok: true as const, confirmedOn: r.value.confirmedOn }
        : { ok: false as const, message: r.message };
    },
    staffPrintChecklist: async ({ id, langs, format }) => {
      const results: CallOutput<'staffPrintChecklist'>['results'] = [];
      for (const lang of langs) {
        if (!listProcedureIds(kiosk).includes(id)) badInput(`unknown procedure "${id}"`);
        const outcome = await printChecklist(printer, { procedureId: id, lang, format });
        results.push(outcome.ok ? { lang, ok: true } : { lang, ok: false, reason: outcome.reason });
        if (!outcome.ok) break; // the next sheets would fail the same way; staff fix the printer and retry
        countEvent(db, clock(), kiosk.timeZone(), { kind: 'checklist', id });
      }
      return { results };
    },
  };
}
