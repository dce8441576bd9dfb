import type { ProcedureDetail } from '../../../../common/api/contract';
import { picto } from '../../components/pictograms';

/**
 * The line above the checklist (shown, spoken, printed). An empty checklist means no source lists the documents,
 * so the visitor is sent to the desk; only a sourced `nothingRequired` may say that no document is needed.
 */
export function checklistLead(
  procedure: Pick<ProcedureDetail, 'checklist' | 'nothingRequired'>,
): 'checklist.instruction' | 'checklist.nothing' | 'checklist.askDesk' {
  if (procedure.checklist.length > 0) return 'checklist.instruction';
  return procedure.nothingRequired ? 'checklist.nothing' : 'checklist.askDesk';
}

/** "Ask at the desk" (person tipping hand, as on the kiosk's other desk messages). */
export const askDeskPictogram = picto.askDesk;
