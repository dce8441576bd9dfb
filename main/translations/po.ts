import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { contextReader, type StringContext } from './context';
import type { ProposedString } from './review';
import { listStrings, type ReviewSources } from './strings';
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

export function exportPo(src: ReviewSources, lang: string, now: Date): string {
  const context = contextReader(src.contentDir);
  const translations: GetTextTranslations['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const s of listStrings(src, lang)) {
    const entry: GetTextTranslation = {
      msgctxt: s.key,
      msgid: s.fr,
      msgstr: [s.text],
      comments: {
        extracted: comment(context(s.key, s.fr), s.status, s.reviewedBy),
        ...(s.status === 'reviewed' ? {} : { flag: 'fuzzy' }),
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
  for (const [ctx, entries] of Object.entries(table.translations))
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && ctx === '') continue;
      // A file cut short leaves its last entry without msgstr (the parser's raw TypeError reached staff).
      if (!Array.isArray(entry.msgstr))
        return { ok: false, message: `entry "${ctx || entry.msgid}" has no msgstr: the file is cut short or damaged` };
      strings[ctx || entry.msgid] = {
        text: entry.msgstr[0] ?? '',
        french: entry.msgid,
        fuzzy: (entry.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy'),
      };
    }
  return { ok: true, lang: table.headers.Language ?? null, strings };
}
