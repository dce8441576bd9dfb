import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { pluralCategories, pluralPart } from '../../common/plurals';
import { uiLocaleFiles } from './ui-locales';
import { flatStrings } from '../../common/flat-strings';

/**
 * Every string a visitor sees or hears, under one key space shared by the status files, the PO exchange and the
 * desk review: `ui:<i18n key>` (renderer/locales), `phrase:<id>` (data/translations, procedures) and
 * `place:<id>` (data/translations/places, appointment notes and closure reasons). The texts stay in their own
 * files; this module only reads them. Staff screens (`staff.*`, `printer.staff.*`, `reliability.*`) are French by
 * design and are not listed.
 */
export type Texts = Record<string, string>;

export interface TextSources {
  /** The folder holding translations/<lang>.json and translations/places/<lang>.json (the active content). */
  contentDir: string;
  /** The UI locale objects by language (default: the ones bundled with this build). */
  uiLocales?: Record<string, unknown>;
}

export const sourceLang = 'fr';
export const keyDomains = ['ui', 'phrase', 'place'] as const;
export type KeyDomain = (typeof keyDomains)[number];

export function splitKey(key: string): { domain: KeyDomain; id: string } | null {
  const colon = key.indexOf(':');
  const domain = key.slice(0, colon) as KeyDomain;
  return colon > 0 && keyDomains.includes(domain) ? { domain, id: key.slice(colon + 1) } : null;
}

/** UI keys only staff screens show, in French by design: not in any language's list of strings to review. */
const staffOnlyPrefixes = ['staff.', 'printer.staff.', 'reliability.'];
const isStaffOnly = (uiKey: string) => staffOnlyPrefixes.some((p) => uiKey.startsWith(p));

const flatFile = z.record(z.string(), z.string());

function readFlat(file: string): Texts {
  if (!existsSync(file)) return {};
  const parsed = flatFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: expected an object of strings`);
  return parsed.data;
}

/** The texts of `lang` as shipped (before any review made on this kiosk), keyed as above. */
export function readShippedTexts(sources: TextSources, lang: string): Texts {
  const texts: Texts = {};
  for (const [id, text] of flatStrings((sources.uiLocales ?? uiLocaleFiles)[lang]))
    if (!isStaffOnly(id)) texts[`ui:${id}`] = text;
  const folder = join(sources.contentDir, 'translations');
  for (const [id, text] of Object.entries(readFlat(join(folder, `${lang}.json`)))) texts[`phrase:${id}`] = text;
  for (const [id, text] of Object.entries(readFlat(join(folder, 'places', `${lang}.json`))))
    texts[`place:${id}`] = text;
  return texts;
}

/**
 * The French each string of `lang` translates, keyed as `lang` has them: a count string French has as
 * `_one`/`_many`/`_other` is listed with `lang`'s own plural categories (Arabic six, Chinese one), each with the
 * French of the same category, else French's `_other`. `french`, when a call already read it, is reused.
 */
export function frenchFor(
  sources: TextSources,
  lang: string,
  french: Texts = readShippedTexts(sources, sourceLang),
): Texts {
  if (lang === sourceLang) return french;
  const out: Texts = {};
  for (const [key, text] of Object.entries(french)) {
    const plural = pluralPart(key);
    if (!plural) out[key] = text;
    else if (plural.category === 'other')
      for (const c of pluralCategories(lang)) out[`${plural.base}_${c}`] = french[`${plural.base}_${c}`] ?? text;
  }
  return out;
}
