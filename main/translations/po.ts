import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { pluralForms, pluralPart } from '../../common/plurals';
import { readShippedTexts, sourceLang } from '../texts/catalog';
import { contextReader, type StringContext } from './context';
import { readTermbase, termsIn, type Term } from './terms';
import type { ProposedString } from './review';
import { listStrings, type ReviewSources, type StringView } from '../texts/strings';
import { poFileRefusal } from './po-guard';

/**
 * A language as a gettext PO file, the format Poedit, Weblate, Crowdin and CAT tools open:
 * msgctxt = the key, msgid = the French, msgstr = the current text; machine drafts and outdated strings are
 * flagged fuzzy; an extracted comment tells the translator where the string appears and the source of its fact.
 */
function comment(ctx: StringContext, status: string, reviewedBy: string | null): string {
  const uses = [ctx.spoken && 'spoken aloud', ctx.printed && 'printed'].filter(Boolean).join(', ');
  return [
    `Where: ${ctx.where}${uses ? ` (${uses})` : ''}`,
    ctx.maxLength !== null ? `Button: at most ${ctx.maxLength} characters` : null,
    ctx.source ? `Source of the fact: ${ctx.source}` : null,
    `Status: ${status}${reviewedBy ? `, reviewed by ${reviewedBy}` : ''}`,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

/** The termbase entries a French text holds, for the translator: term, approved rendering, definition. */
function termNotes(fr: string, terms: Term[], lang: string): string {
  return termsIn(fr, terms)
    .map((t) => `\nTerm: ${t.fr} = ${t.renderings[lang] ?? '(no approved rendering yet)'} (${t.definition.en})`)
    .join('');
}

export function exportPo(src: ReviewSources, lang: string, now: Date): string {
  const context = contextReader(src.contentDir);
  const terms = readTermbase(src.contentDir);
  const french = readShippedTexts(src, sourceLang);
  const forms = pluralForms[lang]!;
  const translations: GetTextTranslations['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  const strings = listStrings(src, lang);
  const flags = (group: StringView[]) => (group.every((s) => s.status === 'reviewed') ? {} : { flag: 'fuzzy' });
  for (const s of strings) {
    const plural = pluralPart(s.key);
    if (plural) {
      // A count string is one entry: msgid the French singular, msgid_plural its plural, msgstr[n] per category.
      if (translations[plural.base]) continue;
      const group = forms.categories.map((c) => strings.find((x) => x.key === `${plural.base}_${c}`)!);
      const other = group[group.length - 1]!;
      const msgid = french[`${plural.base}_one`] ?? other.fr;
      translations[plural.base] = {
        [msgid]: {
          msgctxt: plural.base,
          msgid,
          msgid_plural: french[`${plural.base}_other`] ?? other.fr,
          msgstr: group.map((g) => g.text),
          comments: {
            extracted: `${comment(context(other.key, other.fr), other.status, other.reviewedBy)}\nPlural forms: ${forms.categories.join(', ')}`,
            ...flags(group),
          },
        },
      };
      continue;
    }
    const entry: GetTextTranslation = {
      msgctxt: s.key,
      msgid: s.fr,
      msgstr: [s.text],
      comments: {
        extracted: comment(context(s.key, s.fr), s.status, s.reviewedBy) + termNotes(s.fr, terms, lang),
        ...flags([s]),
      },
    };
    translations[s.key] = { [s.fr]: entry };
  }
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ') + '+0000';
  const table: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': 'Repère',
      'POT-Creation-Date': stamp,
      'PO-Revision-Date': stamp,
      'Last-Translator': '',
      'Language-Team': '',
      Language: lang,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'Plural-Forms': forms.gettext,
    },
    translations,
  };
  return po.compile(table, { foldLength: 0 }).toString('utf8') + '\n';
}

export type ParsedPo =
  { ok: true; lang: string | null; strings: Record<string, ProposedString> } | { ok: false; message: string };

/** Reads a PO file back: key → text and whether it is still fuzzy. The header's Language is returned to compare. */
export function parsePo(text: string): ParsedPo {
  const refused = poFileRefusal(text);
  if (refused) return { ok: false, message: refused };
  let table: GetTextTranslations;
  try {
    table = po.parse(text);
  } catch (err) {
    return { ok: false, message: `not a readable PO file (${(err as Error).message})` };
  }
  const strings: Record<string, ProposedString> = {};
  const lang = table.headers.Language ?? null;
  for (const [ctx, entries] of Object.entries(table.translations))
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && ctx === '') continue;
      // A file cut short leaves its last entry without msgstr (the parser's raw TypeError reached staff).
      if (!Array.isArray(entry.msgstr))
        return { ok: false, message: `entry "${ctx || entry.msgid}" has no msgstr: the file is cut short or damaged` };
      const fuzzy = (entry.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy');
      if (entry.msgid_plural !== undefined) {
        // msgstr[n] back to the key of the n-th plural category of the file's language.
        const categories = lang ? pluralForms[lang]?.categories : undefined;
        if (!categories) return { ok: false, message: `plural forms of an unknown language (${lang ?? 'none'})` };
        categories.forEach((c, n) => (strings[`${ctx}_${c}`] = { text: entry.msgstr[n] ?? '', fuzzy }));
        continue;
      }
      strings[ctx || entry.msgid] = { text: entry.msgstr[0] ?? '', french: entry.msgid, fuzzy };
    }
  return { ok: true, lang, strings };
}
