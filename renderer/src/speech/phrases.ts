import type { Phrase } from './phrase';
import { localeOfTag, splitNumbers, visibleRuns } from './runs';

export { localeOfTag };

/**
 * What a touched element says, in order: its data-speak text in its own language, else its visible text piece by
 * piece in each piece's language (French text by the French voice); numbers digit by digit in the visitor's.
 */
export function phrasesOf(el: Element): Phrase[] {
  const parts = el.getAttribute('data-speak-parts');
  if (parts !== null) return partsOf(parts);
  const spoken = el.getAttribute('data-speak');
  if (spoken === null) return visibleRuns(el);
  const lang = localeOfTag(el.closest('[lang]')?.getAttribute('lang'));
  return splitNumbers(spoken.replace(/\s+/g, ' ').trim(), lang, el.getAttribute('data-speak-key') ?? undefined);
}

/**
 * A control that speaks as one, in several languages (a place card: its French name by the French voice, then its
 * state in the visitor's): `data-speak-parts` holds its phrases as JSON, written by speakParts().
 */
function partsOf(json: string): Phrase[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((p: Partial<Phrase>) =>
    typeof p.text === 'string' && typeof p.lang === 'string' ? splitNumbers(p.text, p.lang, p.key) : [],
  );
}

/** The `data-speak-parts` value for these phrases (empty texts left out). */
export function speakParts(phrases: Phrase[]): string {
  return JSON.stringify(phrases.filter((p) => p.text.trim() !== ''));
}

/** Touchable or readable things, nearest first; [data-speak-skip] opts out (e.g. "listen again" itself). */
export const speakableSelector =
  '[data-speak-parts], [data-speak], button, a, [role="button"], h1, h2, h3, p, li, label, tr';

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
