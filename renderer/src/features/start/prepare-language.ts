// What choosing a language waits for, started from the first touch on its button.
import { flatStrings } from '../../../../common/flat-strings';
import { languageInfo } from '../../../../common/locales';
import { loadFacesFor, loadFontsFor } from '../../fonts';
import { i18next, loadLocale } from '../../i18n/index';

/** The string groups a visit's first screen shows: its themes, its top bar and its speech bar. */
const firstScreenGroups = ['app', 'nav', 'themes', 'theme', 'speech'] as const;

/** Every string of those groups in a loaded locale: the characters the first screen may draw. */
function firstScreenText(code: string): string {
  const strings = i18next.getResourceBundle(code, 'translation') as Record<string, unknown>;
  return firstScreenGroups.flatMap((group) => flatStrings(strings[group]).map(([, text]) => text)).join(' ');
}

const prepared = new Map<string, Promise<void>>();

/**
 * The language's strings, its script's font rules, and the faces its first screen is drawn in, fetched and
 * decoded. Without the faces, that screen would first be drawn in whatever the system has (boxes, where it has no
 * such script), then laid out again. The strings' failure is the choice's (the start screen says why); the faces'
 * is not: a screen in a fallback face is better than none. A failure is not kept: the next touch tries again. A
 * kept promise lets a choice render inside its tap.
 */
export function prepareLanguage(code: string): Promise<void> {
  let ready = prepared.get(code);
  if (!ready) {
    const strings = loadLocale(code);
    const faces = Promise.all([strings, loadFontsFor([code])]).then(() =>
      loadFacesFor(languageInfo(code).tag, firstScreenText(code)),
    );
    ready = Promise.all([strings, faces.catch(() => undefined)]).then(() => undefined);
    ready.catch(() => prepared.delete(code));
    prepared.set(code, ready);
  }
  return ready;
}
