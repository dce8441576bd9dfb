import type { Phrase } from './phrase';
import { localeOfTag, splitNumbers, visibleRuns } from './runs';

export { localeOfTag };

/**
 * What a touched element says, in order: its data-speak text in its own language, else its visible text piece by
 * piece in each piece's language (French text by the French voice); numbers digit by digit in the visitor's.
 */
export function phrasesOf(el: Element): Phrase[] {
  const spoken = el.getAttribute('data-speak');
  if (spoken === null) return visibleRuns(el);
  const lang = localeOfTag(el.closest('[lang]')?.getAttribute('lang'));
  return splitNumbers(spoken.replace(/\s+/g, ' ').trim(), lang, el.getAttribute('data-speak-key') ?? undefined);
}

/** Touchable or readable things, nearest first; [data-speak-skip] opts out (e.g. "listen again" itself). */
export const speakableSelector = '[data-speak], button, a, [role="button"], h1, h2, h3, p, li, label, tr';

/**
 * A screen's entry announcement: its title (TopBar h1) then its instruction, in the page language; before them, the
 * notes the screen shows once (the bridge language's, bridge/BridgeNotice.tsx, in its own language; the machine
 * translation's, components/MachineDraftNotice.tsx), in the order shown.
 */
export function screenPhrases(root: ParentNode = document): Phrase[] {
  const main = root.querySelector('main.screen[data-screen]');
  if (!main) return [];
  const parts = [
    ...document.querySelectorAll('[data-screen-preface]'),
    document.querySelector('h1'),
    main.querySelector('.screen__instruction'),
  ];
  return parts.flatMap((el) => (el ? phrasesOf(el) : []));
}
