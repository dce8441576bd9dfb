import type { CliCommand } from '../command';
import { stringFlag } from '../../args';
import { kioskFlags, withKiosk } from '../command';
import { getProcedure, listProcedureIds } from '../../services/procedures';
import { supportedLocales, isSupportedLocale } from '../../../common/locales';

/** `checklist <id> --lang ar [--json]`: what to bring, in French and the language, with each item's source. */
export const checklistCommand: CliCommand = {
  name: 'checklist',
  usage: ["checklist <id> [--lang CODE] [--json]   a procedure's checklist in French and a language, with sources"],
  flags: { ...kioskFlags, lang: 'string', json: 'boolean' },
  words: 1,
  run: (args) =>
    withKiosk(args, (kiosk) => {
      const id = args.positional[0];
      const lang = stringFlag(args, 'lang') ?? 'fr';
      if (!isSupportedLocale(lang)) {
        console.error(`--lang must be one of ${supportedLocales.join(', ')}; got "${lang}"`);
        return 2;
      }
      const p = id ? getProcedure(kiosk, id, lang) : null;
      if (!p) {
        const known = listProcedureIds(kiosk);
        console.error(
          id && known.includes(id)
            ? `procedure "${id}" belongs to another territory than this kiosk's`
            : `unknown procedure "${id ?? ''}"; known: ${known.join(', ')}`,
        );
        return 2;
      }
      const out = {
        id: p.id,
        lang,
        title: { fr: p.title.fr, [lang]: p.title.text },
        items: p.checklist.map((i) => ({
          id: i.id,
          need: i.need,
          group: i.group,
          fr: i.label.fr,
          [lang]: i.label.text,
          note: i.note ? { fr: i.note.fr, [lang]: i.note.text } : null,
          source: i.source,
        })),
        notRequired: p.notRequired.map((n) => ({ fr: n.text.fr, [lang]: n.text.text, source: n.source })),
        numbers: p.numbers.map((n) => ({ kind: n.kind, value: n.value, fr: n.label.fr, [lang]: n.label.text })),
        officialPage: p.officialPage,
        source: p.source,
      };
      if (args.flags.has('json')) {
        console.log(JSON.stringify(out, null, 2));
        return 0;
      }
      console.log(`${p.title.fr} / ${p.title.text}`);
      for (const i of p.checklist) console.log(`[ ] ${i.label.fr} / ${i.label.text}  (${i.need})`);
      for (const n of p.notRequired) console.log(`(!) ${n.text.fr} / ${n.text.text}`);
      return 0;
    }),
};

/** `checklists [--json]`: the procedure ids that have a checklist. */
export const checklistsCommand: CliCommand = {
  name: 'checklists',
  usage: ['checklists [--json]          the ids of every procedure checklist'],
  flags: { ...kioskFlags, json: 'boolean' },
  run: (args) =>
    withKiosk(args, (kiosk) => {
      const ids = listProcedureIds(kiosk);
      console.log(args.flags.has('json') ? JSON.stringify(ids) : ids.join('\n'));
      return 0;
    }),
};
