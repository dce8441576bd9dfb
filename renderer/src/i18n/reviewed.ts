import i18next from 'i18next';
import { call } from '../api/client';

/**
 * Puts the UI texts reviewed on this kiosk (a translator's PO import, or a correction at the desk) over the
 * bundled locale file. Fetched once per language until the next reload (App boot, leaving staff mode), and ahead
 * of time for the configured languages, so choosing a language does not wait for it. A failure keeps the bundled
 * texts: the visitor still gets a page.
 */
const loaded = new Map<string, Promise<void>>();

function load(lang: string): Promise<void> {
  return call('getReviewedTexts', { lang }).then(
    (reviewed) => {
      if (Object.keys(reviewed).length > 0) i18next.addResources(lang, 'translation', reviewed);
    },
    () => undefined,
  );
}

export function applyReviewedTexts(lang: string): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, load(lang));
  return loaded.get(lang)!;
}

/** Fetches the reviewed texts of `langs` again (after a review at the desk, reviews may have changed). */
export function reloadReviewedTexts(langs: readonly string[]): void {
  loaded.clear();
  for (const lang of langs) if (lang !== 'fr') void applyReviewedTexts(lang);
}
