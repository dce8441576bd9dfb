import type { ContentProblem } from './problems';
import type { Content, Source } from './schema';
import type { StructureEntry } from './load-structures';
import { territorialNames, territoryOfSource } from './territorial-sources';
import { phraseId } from './procedure-schema';

interface Sourced {
  source: Source;
  territory?: string | undefined;
}

/** The French phrase of each procedure part (with a number's value): what the territorial names are looked for in. */
type Texts = (part: Sourced & { id?: string; value?: string }, kind: keyof typeof phraseId) => string;

/**
 * Truth rules: a fact whose source describes one territory's own practice carries that territory (so other
 * kiosks leave it out), and no date claims a verification after the content itself was dated.
 */
export function checkTruth(content: Content, structures: StructureEntry[], problems: ContentProblem[]): void {
  const contentDate = content.manifest.date;
  content.procedures.forEach((p, i) => {
    const french = content.phrases.fr ?? {};
    const texts: Texts = (part, kind) => {
      if (part.id === undefined || kind === 'title') return '';
      const key = phraseId[kind](p.id, part.id);
      return [french[key], kind === 'item' ? french[phraseId.note(p.id, part.id)] : '', part.value].join(' ');
    };
    const check = (part: Sourced, field: string, inherited = p.territory, text = '') => {
      const local = territoryOfSource(part.source);
      const territory = part.territory ?? inherited;
      for (const name of territorialNames)
        if (name.pattern.test(text) && territory !== name.territory)
          problems.push({
            file: 'procedures.json',
            field: `[${i}]${field}.territory`,
            message: `its text names a place of territory ${name.territory}: it must carry "territory": "${name.territory}"`,
          });
      if (local && territory !== local.territory)
        problems.push({
          file: 'procedures.json',
          field: `[${i}]${field}.territory`,
          message: `its source "${part.source.section ?? part.source.seed}" is specific to territory ${local.territory} (${local.why}): it must carry "territory": "${local.territory}"`,
        });
      checkSourceDate(part.source, 'procedures.json', `[${i}]${field}.source.date`);
    };
    check(p, '', undefined);
    check(p.officialPage, '.officialPage', p.territory, p.officialPage.name);
    p.sentences.forEach((s, j) => check(s, `.sentences[${j}]`, p.territory, texts(s, 'sentence')));
    p.checklist.forEach((s, j) => check(s, `.checklist[${j}]`, p.territory, texts(s, 'item')));
    p.notRequired.forEach((s, j) => check(s, `.notRequired[${j}]`, p.territory, texts(s, 'notRequired')));
    p.numbers.forEach((s, j) => check(s, `.numbers[${j}]`, p.territory, texts(s, 'number')));
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
