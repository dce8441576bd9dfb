import i18next from 'i18next';
import { sourceLanguage } from '../../../common/locales';

// The print entry needs two languages, not seventeen: each locale file is its own chunk, loaded on demand.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*.json');

/** Starts i18next with French and the sheet's language only (the labels printed beside each other). */
export async function initPrintLanguages(lang: string): Promise<void> {
  const wanted = [...new Set([sourceLanguage, lang])];
  const loaded = await Promise.all(
    wanted.map(async (code) => [code, (await files[`../../locales/${code}.json`]!()).default] as const),
  );
  await i18next.init({
    resources: Object.fromEntries(loaded.map(([code, translation]) => [code, { translation }])),
    lng: sourceLanguage,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
