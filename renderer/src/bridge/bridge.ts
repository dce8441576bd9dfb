import { call } from '../api/client';
import { i18next, isLocaleLoaded, loadLocale } from '../i18n/index';
import { speech } from '../speech/engine';
import type { Phrase } from '../speech/phrase';
import { BridgeDictionary, flatten, namingVisitorLanguage, visitorLanguageName, type Texts } from './bridge-text';

/** Each voiceless language's bridge, from the kiosk config (settings bridgeLanguages), e.g. { ps: 'fa' }. */
let bridges: Partial<Record<string, string>> = {};
/** Content phrases by language, fetched when a voiceless language is chosen (its own and its bridge's). */
const contentPhrases = new Map<string, Texts>();
/** One dictionary per voiceless language, rebuilt when more of its strings or its bridge's have loaded. */
const dictionaries = new Map<string, { stamp: string; dictionary: BridgeDictionary }>();

/** The bridge language a visitor choosing `lang` hears where no clip exists, or null. */
export function bridgeOf(lang: string): string | null {
  return bridges[lang] ?? null;
}

/** Takes the kiosk's bridges and has the speech engine say voiceless phrases through them. */
export function configureBridges(map: Partial<Record<string, string>>): void {
  bridges = map;
  dictionaries.clear();
  speech.bridges.set(translate);
}

/** Loads what a visit in `lang` needs to be said in its bridge: its strings, its bridge's, both contents. */
export async function prepareBridge(lang: string): Promise<void> {
  const bridge = bridgeOf(lang);
  if (!bridge) return;
  const phrasesOf = (code: string) =>
    contentPhrases.has(code)
      ? Promise.resolve()
      : call('listContentPhrases', { lang: code }).then((texts) => void contentPhrases.set(code, texts));
  await Promise.all([loadLocale(lang), loadLocale(bridge), phrasesOf(lang), phrasesOf(bridge)]);
}

function translate(phrase: Phrase): Phrase | null {
  const bridge = bridgeOf(phrase.lang);
  return bridge ? dictionaryFor(phrase.lang, bridge).translate(phrase) : null;
}

function texts(lang: string): Texts {
  return { ...flatten(i18next.getResourceBundle(lang, 'translation')), ...contentPhrases.get(lang) };
}

function dictionaryFor(lang: string, bridge: string): BridgeDictionary {
  const stamp = [lang, bridge].map((code) => `${isLocaleLoaded(code)}:${contentPhrases.has(code)}`).join('|');
  const cached = dictionaries.get(lang);
  if (cached?.stamp === stamp) return cached.dictionary;
  const bridgeTexts = namingVisitorLanguage(texts(bridge), visitorLanguageName(lang, bridge));
  const dictionary = new BridgeDictionary(texts(lang), bridgeTexts, bridge);
  dictionaries.set(lang, { stamp, dictionary });
  return dictionary;
}
