import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageInfo, sourceLanguage } from '../../../common/locales';
import { applyReviewedTexts } from './reviewed';

// Every locale file is bundled: the kiosk never fetches a translation.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*.json', { eager: true });
export const resources = Object.fromEntries(
  Object.entries(files).map(([path, mod]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), { translation: mod.default }]),
);

void i18next.use(initReactI18next).init({
  resources,
  lng: sourceLanguage,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the UI language and mirrors the page for right-to-left scripts. */
export async function setUiLanguage(code: string): Promise<void> {
  if (code !== sourceLanguage) await applyReviewedTexts(code);
  await i18next.changeLanguage(code);
  const info = languageInfo(code);
  document.documentElement.lang = info.tag;
  document.documentElement.dir = info.dir;
}

export { i18next };
