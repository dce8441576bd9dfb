import type { Bilingual, ProcedureDetail } from '../../../../common/api/contract';
import { isolateNumbers } from '../../../../common/text/number-runs';
import { segmentsOf } from './groups';

type Labels = { required: string; oneOf: string; ifAvailable: string; toBring: string };

/** The checklist in one language: `say` picks the visitor's text or the French of each content phrase. */
function block(procedure: ProcedureDetail, labels: Labels, say: (phrase: Bilingual) => string): string[] {
  const lines = [say(procedure.title), '', `${labels.toBring}:`];
  const need = { required: labels.required, 'if-available': labels.ifAvailable, 'one-of': '' };
  for (const segment of segmentsOf(procedure.checklist)) {
    if (segment.kind === 'single') {
      const { item } = segment;
      const how = need[item.need] ? ` (${need[item.need]})` : '';
      lines.push(`☐ ${say(item.label)}${how}`);
      if (item.note) lines.push(`   ${say(item.note)}`);
    } else {
      lines.push(`${labels.oneOf}:`);
      for (const item of segment.items) lines.push(`   ○ ${say(item.label)}`);
    }
  }
  return lines;
}

/**
 * The checklist as plain text, for a QR code a phone camera keeps with no network: the procedure's name, then each
 * document on its own line ("☐"), how it is needed, grouped "one of these"; in the visitor's language, then (when
 * that is not French) the same in French, for the agent who scans it (`french`: the labels in French).
 */
export function checklistText(procedure: ProcedureDetail, labels: Labels, french?: Labels): string {
  const lines = block(procedure, labels, (p) => p.text);
  if (french) lines.push('', '———', '', ...block(procedure, french, (p) => p.fr));
  // A phone shows the text as it is: each number run is isolated left to right (LRI…PDI) in the text itself.
  return isolateNumbers(lines.join('\n'));
}
