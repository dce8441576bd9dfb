import { languages, sourceLanguage } from '../../../common/locales';
import type { Phrase } from './phrase';

/** The locale code for a BCP 47 tag found in a `lang` attribute (zh-Hans → zh). */
export function localeOfTag(tag: string | null | undefined): string {
  if (!tag) return sourceLanguage;
  const lower = tag.toLowerCase();
  const hit = Object.values(languages).find((l) => l.tag.toLowerCase() === lower || l.code === lower.split('-')[0]);
  return hit?.code ?? sourceLanguage;
}

/** What an element says when touched: its data-speak text, else its visible text; in its own language. */
export function phraseOf(el: Element): Phrase | null {
  const text = (el.getAttribute('data-speak') ?? (el as HTMLElement).innerText ?? el.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const key = el.getAttribute('data-speak-key') ?? undefined;
  const lang = localeOfTag(el.closest('[lang]')?.getAttribute('lang'));
  return key ? { text, lang, key } : { text, lang };
}

/** Touchable or readable things, nearest first; [data-speak-skip] opts out (e.g. "listen again" itself). */
export const speakableSelector = '[data-speak], button, a, [role="button"], h1, h2, h3, p, li, label';

/** A screen's entry announcement: its title (TopBar h1) then its instruction, in the page language. */
export function screenPhrases(root: ParentNode = document): Phrase[] {
  const main = root.querySelector('main.screen[data-screen]');
  if (!main) return [];
  const parts = [document.querySelector('h1'), main.querySelector('.screen__instruction')];
  return parts.flatMap((el) => {
    const p = el ? phraseOf(el) : null;
    return p ? [p] : [];
  });
}
