/**
 * Every locale the kiosk ships, in one table: adding a language means one line here plus its translations
 * (renderer/locales/<code>.json, data/translations/…, common/translation-status.json). No zod here: the start
 * screen's first chunk imports this table, and zod is a large library to evaluate before it can paint; the schema
 * for validating a locale code is in ./locale-schema.ts.
 */
export interface LanguageInfo {
  /** Locale file name (renderer/locales/<code>.json). */
  code: string;
  /** BCP 47 tag for `lang` attributes and speech. */
  tag: string;
  /** The language's own name, shown on the language buttons. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  /** espeak-ng voice; null when espeak-ng has none (only recorded clips speak the language). */
  espeakVoice: string | null;
}

/** Locales the kiosk ships, in the start screen's default order. */
export const supportedLocales = [
  'fr',
  'en',
  'ar',
  'fa',
  'ps',
  'ti',
  'bn',
  'ur',
  'ff',
  'ht',
  'es',
  'ro',
  'zh',
  'ru',
  'uk',
  'pt',
  'tr',
] as const;
export type Locale = (typeof supportedLocales)[number];

interface Writing {
  endonym: string;
  dir: 'ltr' | 'rtl';
  espeakVoice: string | null;
  /** When the BCP 47 tag is not the code itself. */
  tag?: string;
}
const ltr = (endonym: string, espeakVoice: string | null, tag?: string): Writing => ({
  endonym,
  dir: 'ltr',
  espeakVoice,
  tag,
});
const rtl = (endonym: string, espeakVoice: string | null): Writing => ({ endonym, dir: 'rtl', espeakVoice });

// Typed by Locale, so the compiler refuses a locale without its line or a line without its locale.
const writing: Record<Locale, Writing> = {
  fr: ltr('Français', 'fr'),
  en: ltr('English', 'en'),
  ar: rtl('العربية', 'ar'),
  fa: rtl('فارسی / دری', 'fa'),
  ps: rtl('پښتو', null),
  ti: ltr('ትግርኛ', 'ti'),
  bn: ltr('বাংলা', 'bn'),
  ur: rtl('اردو', 'ur'),
  ff: ltr('Pulaar', null),
  ht: ltr('Kreyòl ayisyen', 'ht'),
  es: ltr('Español', 'es'),
  ro: ltr('Română', 'ro'),
  zh: ltr('简体中文', 'cmn', 'zh-Hans'),
  ru: ltr('Русский', 'ru'),
  uk: ltr('Українська', 'uk'),
  pt: ltr('Português', 'pt'),
  tr: ltr('Türkçe', 'tr'),
};

export const languages: Record<string, LanguageInfo> = Object.fromEntries(
  supportedLocales.map((code) => [code, { ...writing[code], code, tag: writing[code].tag ?? code }]),
);

export const sourceLanguage = 'fr';

export function languageInfo(code: string): LanguageInfo {
  return languages[code] ?? languages[sourceLanguage]!;
}

export const isSupportedLocale = (code: string): code is Locale =>
  (supportedLocales as readonly string[]).includes(code);
