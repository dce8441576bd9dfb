import type { ProcedureDetail } from '../../../../common/api/contract';
import { isolateNumbers } from '../../../../common/text/number-runs';
import { segmentsOf } from './groups';

type Labels = { required: string; oneOf: string; ifAvailable: string; toBring: string };

/**
 * The checklist as plain text in the visitor's language, for a QR code a phone camera keeps with no network:
 * the procedure's name, then each document on its own line ("☐"), how it is needed, grouped "one of these".
 */
export function checklistText(procedure: ProcedureDetail, labels: Labels): string {
  const lines = [procedure.title.text, '', `${labels.toBring}:`];
  const need = { required: labels.required, 'if-available': labels.ifAvailable, 'one-of': '' };
  for (const segment of segmentsOf(procedure.checklist)) {
    if (segment.kind === 'single') {
      const { item } = segment;
      const how = need[item.need] ? ` (${need[item.need]})` : '';
      lines.push(`☐ ${item.label.text}${how}`);
      if (item.note) lines.push(`   ${item.note.text}`);
    } else {
      lines.push(`${labels.oneOf}:`);
      for (const item of segment.items) lines.push(`   ○ ${item.label.text}`);
    }
  }
  // A phone shows the text as it is: each number run is isolated left to right (LRI…PDI) in the text itself.
  return isolateNumbers(lines.join('\n'));
}
