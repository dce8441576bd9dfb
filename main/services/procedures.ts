import { printedPlaces } from './printed-places';
import QRCode from 'qrcode';
import type { Content } from '../content/schema';
import type { Bilingual, PrintableChecklist, ProcedureCard, ProcedureDetail } from '../../common/api/contract';
import { phraseId, type Procedure } from '../content/procedure-schema';
import type { Kiosk } from './kiosk';
import { metaValue } from './content-store';
import { sourceLine } from '../content/seed-documents';

const content = (kiosk: Kiosk): Content => kiosk.content();

/** Every content phrase a visitor can hear in `lang` (procedures and places), for the voice studio. */
export function contentPhrases(kiosk: Kiosk, lang: string): { key: string; text: string }[] {
  const procedurePhrases = Object.entries(content(kiosk).phrases[lang] ?? {}).map(([key, text]) => ({ key, text }));
  const placePhrases = kiosk.db
    .prepare('SELECT id AS key, text FROM place_phrases WHERE lang = ? ORDER BY id')
    .all(lang) as { key: string; text: string }[];
  return [...procedurePhrases, ...placePhrases];
}

function phrase(c: Content, lang: string, key: string): Bilingual {
  const fr = c.phrases.fr?.[key] ?? key;
  const own = c.phrases[lang]?.[key];
  return own === undefined ? { key, text: fr, lang: 'fr', fr } : { key, text: own, lang, fr };
}

/**
 * The one territorial filter: a part tied to another territory (an agency, a préfecture's hours, its official
 * page) is left out on this kiosk whole, every field of it.
 */
const here = (territory: string) => (part: { territory?: string | undefined }) =>
  part.territory === undefined || part.territory === territory;

function card(c: Content, p: Procedure, lang: string): ProcedureCard {
  return { id: p.id, pictogram: p.pictogram, title: phrase(c, lang, phraseId.title(p.id)) };
}

/** Every procedure id in the content, whatever the territory (staff tools list them all). */
export function listProcedureIds(kiosk: Kiosk): string[] {
  return content(kiosk).procedures.map((p) => p.id);
}

export function listProcedures(kiosk: Kiosk, themeId: string, lang: string): ProcedureCard[] {
  const c = content(kiosk);
  const local = here(kiosk.territory().id);
  return c.procedures.filter((p) => p.themes.includes(themeId) && local(p)).map((p) => card(c, p, lang));
}

export function getProcedure(kiosk: Kiosk, id: string, lang: string): ProcedureDetail | null {
  const c = content(kiosk);
  const local = here(kiosk.territory().id);
  const p = c.procedures.find((x) => x.id === id);
  if (!p || !local(p)) return null;
  const t = (key: string) => phrase(c, lang, key);
  const checklist = p.checklist.filter(local);
  const shownParts = [
    p,
    ...p.sentences.filter(local),
    ...checklist,
    ...p.notRequired.filter(local),
    ...p.numbers.filter(local),
  ];
  // Every document a shown fact comes from, once, with its date: on the screen and at the foot of the sheet.
  const sources = [
    ...new Map(shownParts.map((part) => sourceLine(part.source)).map((l) => [`${l.source}|${l.date}`, l])).values(),
  ];
  return {
    ...card(c, p, lang),
    themes: p.themes,
    sentences: p.sentences.filter(local).map((s) => ({ ...s, text: t(phraseId.sentence(p.id, s.id)) })),
    // Said only by a source; an empty list (here or after the territory filter) means "ask at the desk".
    nothingRequired: checklist.length === 0 && p.nothingRequired !== undefined,
    checklist: checklist.map((i) => ({
      id: i.id,
      pictogram: i.pictogram,
      need: i.need,
      group: i.group ?? null,
      label: t(phraseId.item(p.id, i.id)),
      note: i.note ? t(phraseId.note(p.id, i.id)) : null,
      source: i.source,
    })),
    notRequired: p.notRequired.filter(local).map((n) => ({ ...n, text: t(phraseId.notRequired(p.id, n.id)) })),
    numbers: p.numbers.filter(local).map((n) => ({
      id: n.id,
      pictogram: n.pictogram,
      kind: n.kind,
      value: n.value,
      label: t(phraseId.number(p.id, n.id)),
      source: n.source,
    })),
    // Whole or not at all, like every other territorial part: another territory's page keeps neither its link
    // nor its name ("Préfecture de la Martinique" on a Paris sheet).
    officialPage: local(p.officialPage)
      ? { name: p.officialPage.name, url: p.officialPage.url ?? null, toBeVerified: p.officialPage.toBeVerified }
      : null,
    source: p.source,
    sources,
  };
}

/** Everything a printed sheet shows: the procedure, a QR code to its official page, the date and version. */
export async function getPrintableChecklist(
  kiosk: Kiosk,
  id: string,
  lang: string,
): Promise<PrintableChecklist | null> {
  const detail = getProcedure(kiosk, id, lang);
  if (!detail) return null;
  const url = detail.officialPage?.url;
  const qrSvg = url ? await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) : null;
  return {
    ...detail,
    contentVersion: metaValue(kiosk.db, 'content_version') ?? content(kiosk).manifest.contentVersion,
    printedAt: kiosk.clock().toISOString(),
    qrSvg,
    places: printedPlaces(kiosk, id, lang),
  };
}
