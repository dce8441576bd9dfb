/** How each UI language is written. Endonyms are the language's own name, shown on the language buttons. */
export interface LanguageInfo {
  /** Locale file name (renderer/locales/<code>.json). */
  code: string;
  /** BCP 47 tag for `lang` attributes and speech. */
  tag: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
}

const ltr = (code: string, endonym: string, tag = code): LanguageInfo => ({ code, tag, endonym, dir: 'ltr' });
const rtl = (code: string, endonym: string, tag = code): LanguageInfo => ({ code, tag, endonym, dir: 'rtl' });

export const languages: Record<string, LanguageInfo> = {
  fr: ltr('fr', 'Français'),
  en: ltr('en', 'English'),
  ar: rtl('ar', 'العربية'),
  fa: rtl('fa', 'فارسی / دری'),
  ps: rtl('ps', 'پښتو'),
  ti: ltr('ti', 'ትግርኛ'),
  bn: ltr('bn', 'বাংলা'),
  ur: rtl('ur', 'اردو'),
  ff: ltr('ff', 'Pulaar'),
  ht: ltr('ht', 'Kreyòl ayisyen'),
  es: ltr('es', 'Español'),
  ro: ltr('ro', 'Română'),
  zh: ltr('zh', '简体中文', 'zh-Hans'),
  ru: ltr('ru', 'Русский'),
  uk: ltr('uk', 'Українська'),
  pt: ltr('pt', 'Português'),
  tr: ltr('tr', 'Türkçe'),
};

export const sourceLanguage = 'fr';

export function languageInfo(code: string): LanguageInfo {
  return languages[code] ?? languages[sourceLanguage]!;
}
