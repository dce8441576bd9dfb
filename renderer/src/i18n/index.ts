import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import startStrings from 'virtual:repere-start-strings';
import { languageInfo, sourceLanguage } from '../../../common/locales';
import french from '../../locales/fr.json';
import { applyReviewedTexts } from './reviewed';

type Strings = Record<string, unknown>;

// The first load carries French (the start screen's own text, and the staff's) and, of every other locale, only
// what the start screen shows and speaks in it (./start-keys.ts). Each full locale file is its own chunk,
// fetched when a visitor chooses the language (or staff need it), before any screen shows it.
const files = import.meta.glob<{ default: Strings }>(['../../locales/*.json', '!../../locales/fr.json']);

void i18next.use(initReactI18next).init({
  resources: {
    ...Object.fromEntries(Object.entries(startStrings).map(([code, strings]) => [code, { translation: strings }])),
    [sourceLanguage]: { translation: french },
  },
  lng: sourceLanguage,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const loaded = new Map<string, Promise<void>>();

/** Fetches (once; a failed fetch is tried again next time) a locale's full file into i18next. */
function fetchLocale(code: string): Promise<void> {
  let strings = loaded.get(code);
  if (!strings) {
    const file = files[`../../locales/${code}.json`];
    if (!file) return Promise.reject(new Error(`no locale ${code}`));
    strings = file().then(
      (mod) => {
        // Not over what is there: the start strings are the same, and the texts reviewed on this kiosk win.
        i18next.addResourceBundle(code, 'translation', mod.default, true, false);
      },
      (error: unknown) => {
        loaded.delete(code);
        throw error;
      },
    );
    loaded.set(code, strings);
  }
  return strings;
}

const ready = new Set<string>([sourceLanguage]);

/** Loads a locale's full strings (and this kiosk's reviewed texts of it) so every screen can be shown in it. */
export function loadLocale(code: string): Promise<void> {
  if (ready.has(code)) return Promise.resolve();
  return Promise.all([fetchLocale(code), applyReviewedTexts(code)]).then(() => void ready.add(code));
}

/** A locale's strings as the kiosk shows them: the bundled file with this kiosk's reviewed texts over it. */
export function localeStrings(code: string): Promise<Strings> {
  return loadLocale(code).then(() => i18next.getResourceBundle(code, 'translation') as Strings);
}

/** Whether loadLocale(code) has finished: every screen can be shown in the language now. */
export const isLocaleLoaded = (code: string): boolean => ready.has(code);

/**
 * Switches the UI language at once, its strings already loaded (loadLocale): i18next tells every component in the
 * same task, so React renders the language change together with any state set beside it, in one render.
 */
export function switchUiLanguage(code: string): void {
  if (!ready.has(code)) throw new Error(`locale ${code} is not loaded`);
  void i18next.changeLanguage(code);
  const info = languageInfo(code);
  document.documentElement.lang = info.tag;
  document.documentElement.dir = info.dir;
}

/** Switches the UI language (its strings loaded first) and mirrors the page for right-to-left scripts. */
export async function setUiLanguage(code: string): Promise<void> {
  await loadLocale(code);
  switchUiLanguage(code);
}

export { i18next };
