import type { ContentProblem } from './load';
import type { Content, Source } from './schema';
import type { StructureEntry } from './load-structures';
import { territoryOfSource } from './territorial-sources';

interface Sourced {
  source: Source;
  territory?: string | undefined;
}

/**
 * Truth rules: a fact whose source describes one territory's own practice carries that territory (so other
 * kiosks leave it out), and no date claims a verification after the content itself was dated.
 */
export function checkTruth(content: Content, structures: StructureEntry[], problems: ContentProblem[]): void {
  const contentDate = content.manifest.date;
  content.procedures.forEach((p, i) => {
    const check = (part: Sourced, field: string, inherited = p.territory) => {
      const local = territoryOfSource(part.source);
      const territory = part.territory ?? inherited;
      if (local && territory !== local.territory)
        problems.push({
          file: 'procedures.json',
          field: `[${i}]${field}.territory`,
          message: `its source "${part.source.section ?? part.source.seed}" is specific to territory ${local.territory} (${local.why}): it must carry "territory": "${local.territory}"`,
        });
      checkSourceDate(part.source, 'procedures.json', `[${i}]${field}.source.date`);
    };
    check(p, '', undefined);
    check(p.officialPage, '.officialPage');
    p.sentences.forEach((s, j) => check(s, `.sentences[${j}]`));
    p.checklist.forEach((s, j) => check(s, `.checklist[${j}]`));
    p.notRequired.forEach((s, j) => check(s, `.notRequired[${j}]`));
    p.numbers.forEach((s, j) => check(s, `.numbers[${j}]`));
  });
  for (const { structure: s, file, index } of structures) {
    const local = territoryOfSource(s.source);
    if (local && s.territory !== local.territory)
      problems.push({
        file,
        field: `[${index}].source`,
        message: `structure "${s.id}": its source is specific to territory ${local.territory} (${local.why}), not ${s.territory}`,
      });
    if (s.verifiedOn !== null && s.verifiedOn > contentDate)
      problems.push({
        file,
        field: `[${index}].verifiedOn`,
        message: `structure "${s.id}": verifiedOn ${s.verifiedOn} is later than the content date ${contentDate} (manifest.json)`,
      });
    checkSourceDate(s.source, file, `[${index}].source.date`);
  }

  function checkSourceDate(source: Source, file: string, field: string) {
    if (source.date !== undefined && source.date > contentDate)
      problems.push({
        file,
        field,
        message: `the source's date ${source.date} is later than the content date ${contentDate}`,
      });
  }
}
