import i18next from 'i18next';
import { call } from '../api/client';

/**
 * Puts the UI texts reviewed on this kiosk (a translator's PO import, or a correction at the desk) over the
 * bundled locale file. Fetched once per language until the next reload (App boot, leaving staff mode), and ahead
 * of time for the configured languages, so choosing a language does not wait for it. A failure keeps the bundled
 * texts: the visitor still gets a page.
 */
const loaded = new Map<string, Promise<void>>();

/** One call for all of `langs`; each language's promise answers when that call has. */
function load(langs: readonly string[]): void {
  const answer = call('getReviewedTexts', { langs: [...langs] }).then(
    (all) => {
      for (const lang of langs) {
        const reviewed = all[lang] ?? {};
        if (Object.keys(reviewed).length > 0) i18next.addResources(lang, 'translation', reviewed);
      }
    },
    () => undefined,
  );
  for (const lang of langs) loaded.set(lang, answer);
}

export function applyReviewedTexts(lang: string): Promise<void> {
  if (!loaded.has(lang)) load([lang]);
  return loaded.get(lang)!;
}

/**
 * Fetches the reviewed texts of `langs` again, in one call (after a review at the desk, reviews may have changed).
 * French is the source: nothing of it is reviewed.
 */
export function reloadReviewedTexts(langs: readonly string[]): void {
  loaded.clear();
  const wanted = langs.filter((lang) => lang !== 'fr');
  if (wanted.length > 0) load(wanted);
}
