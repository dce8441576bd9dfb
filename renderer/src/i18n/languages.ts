/** How each UI language is written. Endonyms are the language's own name, shown on the language buttons. */
export interface LanguageInfo {
  code: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
}

export const languages: Record<string, LanguageInfo> = {
  fr: { code: 'fr', endonym: 'Français', dir: 'ltr' },
  en: { code: 'en', endonym: 'English', dir: 'ltr' },
  ar: { code: 'ar', endonym: 'العربية', dir: 'rtl' },
};

export const sourceLanguage = 'fr';

export function languageInfo(code: string): LanguageInfo {
  return languages[code] ?? languages[sourceLanguage]!;
}
