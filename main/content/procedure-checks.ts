import type { ContentProblem } from './problems';
import type { Content } from './schema';
import { phraseIds } from './procedure-schema';

const file = 'procedures.json';

/** Rules across procedures.json and translations/*.json that the schemas cannot express. */
export function checkProcedures(content: Content, problems: ContentProblem[]): void {
  const french = content.phrases.fr ?? {};
  const used = new Set<string>();
  const seen = new Set<string>();
  content.procedures.forEach((p, i) => {
    if (seen.has(p.id)) problems.push({ file, field: `[${i}].id`, message: `duplicate id "${p.id}"` });
    seen.add(p.id);
    // A theme missing from themes.json only hides the procedure (a kiosk may ship fewer themes); the shipped
    // content is checked against the agreed themes by tests/unit/content/procedures.test.ts.
    const groups = new Map<string, number>();
    for (const item of p.checklist) if (item.group) groups.set(item.group, (groups.get(item.group) ?? 0) + 1);
    for (const [group, count] of groups) {
      if (count < 2) problems.push({ file, field: `[${i}].checklist`, message: `group "${group}" has one item` });
    }
    for (const { id, field } of phraseIds(p, i)) {
      if (used.has(id)) problems.push({ file, field, message: `phrase "${id}" is used twice` });
      used.add(id);
      if (french[id] === undefined) {
        problems.push({ file, field, message: `phrase "${id}" is missing from translations/fr.json` });
      }
    }
  });
  // A phrase nobody uses, in any language, is a typo or a leftover.
  for (const [lang, phrases] of Object.entries(content.phrases)) {
    for (const id of Object.keys(phrases)) {
      if (!used.has(id)) {
        problems.push({ file: `translations/${lang}.json`, field: id, message: 'no procedure uses this phrase' });
      }
    }
  }
}
