import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseId, proceduresFileSchema } from '../content/procedure-schema';
import { splitKey } from '../texts/catalog';
import {
  translationAreas,
  type TranslationArea,
  type TranslationStringView,
} from '../../common/api/translation-contract';

/**
 * Where a string appears, for the translator (PO comments), the length check and the desk preview.
 * A button's text may be at most twice as long as the French, and never less than 24 characters allowed:
 * the kiosk's buttons wrap to two lines of large type at most.
 */
export type StringContext = TranslationStringView['context'];

const uiButtons = new Set([
  'nav.home',
  'nav.back',
  'procedure.whatToBring',
  'procedure.whereToGo',
  'procedure.usefulNumbers',
  'checklist.print',
  'places.whereToGo',
  'places.showMap',
  'idle.continue',
  'attract.choose',
  'about.open',
  'about.close',
  'speech.listenAgain',
  'speech.louder',
  'speech.quieter',
]);

/** How each area is described to translators in the PO file's comments. */
const areaWhere: Record<TranslationArea, string> = {
  'ui.app': 'the name of the kiosk',
  'ui.start': 'start screen',
  'ui.nav': 'top bar of every screen',
  'ui.themes': 'themes screen',
  'ui.theme': 'themes screen: a theme button',
  'ui.errors': 'error screen',
  'ui.procedure': 'procedure screen',
  'ui.checklist': 'checklist screen ("what to bring")',
  'ui.print': 'printing: message on screen, or a heading on the printed checklist',
  'ui.places': 'places screens (list, place, map)',
  'ui.attract': 'start screen: rotating invitation',
  'ui.speech': 'sound controls',
  'ui.idle': 'question when nobody touches the screen',
  'ui.about': 'about screen (licences)',
  'ui.other': 'kiosk screen',
  'phrase.title': 'procedure card button, and the title of the printed sheet',
  'phrase.sentence': 'procedure screen: one easy-to-read sentence',
  'phrase.item': 'checklist: the name of a document to bring (a short label), screen and sheet',
  'phrase.note': 'checklist: the note under a document (a full sentence), screen and sheet',
  'phrase.notRequired': 'checklist: "cannot be required of you", screen and sheet',
  'phrase.number': 'useful numbers: the label of a number, screen and sheet',
  'phrase.other': 'procedure screen',
  'place.closure': "place card and printed sheet: a structure's closure reason",
  'place.note': "place card and printed sheet: a structure's note",
};
const at = (area: TranslationArea) => ({ area, where: areaWhere[area] });

export const buttonMaxLength = (french: string): number => Math.max(24, Math.ceil(french.length * 2));

/** Sheet headings that are printed only, never shown or spoken on screen. */
const printedOnly = /^print\.(toBring|toKnow|numbers|officialPage|toBeVerified|printedOn|contentVersion)$/;

function uiContext(id: string, french: string): StringContext {
  const group = id.split('.')[0]!;
  const isButton = uiButtons.has(id) || (group === 'theme' && id !== 'theme.askDesk');
  const printed = printedOnly.test(id);
  return {
    ...at(
      (translationAreas as readonly string[]).includes(`ui.${group}`) ? (`ui.${group}` as TranslationArea) : 'ui.other',
    ),
    kind: isButton ? 'button' : printed ? 'printed' : id.endsWith('title') ? 'title' : 'text',
    spoken: !printed,
    printed,
    maxLength: isButton ? buttonMaxLength(french) : null,
    source: null,
  };
}

type Source = { seed?: string; section?: string; official?: string; url?: string };
const describe = (s: Source) =>
  [s.seed && `seed ${s.seed}`, s.section, s.official, s.url].filter((x): x is string => Boolean(x)).join(', ');

/** Phrase id → the source of the procedure part it belongs to, read from procedures.json. */
function phraseSources(contentDir: string): Map<string, string> {
  const file = join(contentDir, 'procedures.json');
  const sources = new Map<string, string>();
  if (!existsSync(file)) return sources;
  const parsed = proceduresFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) return sources;
  for (const p of parsed.data) {
    sources.set(phraseId.title(p.id), describe(p.source));
    for (const s of p.sentences) sources.set(phraseId.sentence(p.id, s.id), describe(s.source));
    for (const i of p.checklist) {
      sources.set(phraseId.item(p.id, i.id), describe(i.source));
      sources.set(phraseId.note(p.id, i.id), describe(i.source));
    }
    for (const n of p.notRequired) sources.set(phraseId.notRequired(p.id, n.id), describe(n.source));
    for (const n of p.numbers) sources.set(phraseId.number(p.id, n.id), describe(n.source));
  }
  return sources;
}

function phraseArea(id: string): { area: TranslationArea; kind: StringContext['kind'] } {
  if (id.endsWith('.title')) return { area: 'phrase.title', kind: 'button' };
  if (id.includes('.s.')) return { area: 'phrase.sentence', kind: 'text' };
  if (/\.item\.[^.]+\.note$/.test(id)) return { area: 'phrase.note', kind: 'text' };
  if (id.includes('.item.')) return { area: 'phrase.item', kind: 'text' };
  if (id.includes('.not.')) return { area: 'phrase.notRequired', kind: 'text' };
  if (id.includes('.num.')) return { area: 'phrase.number', kind: 'text' };
  return { area: 'phrase.other', kind: 'text' };
}

/** A function giving each key's context; reads the procedures' sources once. */
export function contextReader(contentDir: string): (key: string, french: string) => StringContext {
  const sources = phraseSources(contentDir);
  return (key, french) => {
    const split = splitKey(key);
    if (split?.domain === 'ui') return uiContext(split.id, french);
    if (split?.domain === 'phrase') {
      const { area, kind } = phraseArea(split.id);
      const maxLength = kind === 'button' ? buttonMaxLength(french) : null;
      return { ...at(area), kind, spoken: true, printed: true, maxLength, source: sources.get(split.id) ?? null };
    }
    return {
      ...at(split?.id.startsWith('closure.') ? 'place.closure' : 'place.note'),
      kind: 'text',
      spoken: true,
      printed: true,
      maxLength: null,
      source: 'the structure that uses it names its source in data/structures/<territory>.json',
    };
  };
}
