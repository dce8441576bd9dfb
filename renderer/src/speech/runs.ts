import { languages, sourceLanguage } from '../../../common/locales';
import type { Phrase } from './phrase';

/** The locale code for a BCP 47 tag found in a `lang` attribute (zh-Hans → zh). */
export function localeOfTag(tag: string | null | undefined): string {
  if (!tag) return sourceLanguage;
  const lower = tag.toLowerCase();
  const hit = Object.values(languages).find((l) => l.tag.toLowerCase() === lower || l.code === lower.split('-')[0]);
  return hit?.code ?? sourceLanguage;
}

/** Four or more digits, possibly grouped by spaces, dots or dashes: a phone number, a postcode, a year. */
const digitGroup = /\d(?:[\d.\u00a0\u202f -]*\d){3,}/g;

/** The page's language: numbers are said in it, whatever language the text around them is in. */
export function pageLocale(): string {
  return localeOfTag(document.documentElement.lang);
}

/** "05 96 71 25 21" → "0 5 9 6 7 1 2 5 2 1": each digit on its own, as a visitor would key it in. */
export function digitByDigit(text: string): string {
  return [...text.replace(/\D/g, '')].join(' ');
}

/**
 * A text in one language cut into phrases so every number in it (phones, postcodes, dates) is said digit by digit
 * in the visitor's language, and the words around it in their own language.
 */
export function splitNumbers(text: string, lang: string, key?: string): Phrase[] {
  const numbersLang = pageLocale();
  const out: Phrase[] = [];
  let last = 0;
  for (const match of text.matchAll(digitGroup)) {
    const before = text.slice(last, match.index).trim();
    if (before) out.push({ text: before, lang });
    out.push({ text: digitByDigit(match[0]), lang: numbersLang });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).trim();
  if (out.length === 0) return rest ? [key ? { text: rest, lang, key } : { text: rest, lang }] : [];
  if (rest) out.push({ text: rest, lang });
  return out;
}

/** Whether a text node is seen: not in a hidden or aria-hidden branch, nor opted out of speech. */
function seen(node: Text, skip: string): boolean {
  const parent = node.parentElement;
  if (!parent || parent.closest(`[aria-hidden="true"], [hidden], [data-speak-skip], script, style${skip}`))
    return false;
  return parent.checkVisibility ? parent.checkVisibility() : true;
}

/**
 * What an element shows, as phrases in the language each piece is written in (its nearest `lang`): a French
 * address inside a Tigrinya line is said by the French voice, its postcode digit by digit in Tigrinya.
 * Pieces next to each other in the same language make one phrase. `skip`: a selector of parts left out.
 */
export function visibleRuns(root: Element, skip = ''): Phrase[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const runs: { lang: string; parts: string[]; keyEl: Element | null }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || !seen(node as Text, skip ? `, ${skip}` : '')) continue;
    const parent = node.parentElement!;
    const lang = localeOfTag(parent.closest('[lang]')?.getAttribute('lang'));
    const keyEl = parent.closest('[data-speak-key]');
    const lastRun = runs[runs.length - 1];
    if (lastRun && lastRun.lang === lang) {
      lastRun.parts.push(text);
      if (lastRun.keyEl !== keyEl) lastRun.keyEl = null;
    } else runs.push({ lang, parts: [text], keyEl });
  }
  return runs.flatMap((run) => {
    const text = run.parts.join(' ');
    // The recorded clip of a key speaks only the text it was recorded for.
    const key =
      run.keyEl && run.keyEl.textContent?.replace(/\s+/g, ' ').trim() === text
        ? (run.keyEl.getAttribute('data-speak-key') ?? undefined)
        : undefined;
    return splitNumbers(text, run.lang, key);
  });
}
