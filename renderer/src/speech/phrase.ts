import type { SpeechSource } from './source';

/** Something to say: its text, its language (a locale code), and its i18n key or phrase id when it has one. */
export interface Phrase {
  text: string;
  lang: string;
  key?: string;
}

/**
 * Each phrase, as it starts, is told to the page as a `speech:phrase` event (text, language, key, source, and the
 * bridge-language phrase said for it as `bridge`): "read all" follows it, and anyone checking what a visitor hears
 * can listen to it. Nothing is kept.
 */
export function announcePhrase(phrase: Phrase, source: SpeechSource, bridge?: Phrase): void {
  window.dispatchEvent(new CustomEvent('speech:phrase', { detail: { ...phrase, source, ...(bridge && { bridge }) } }));
}

export function samePhrase(a: Phrase, b: Phrase | undefined): boolean {
  return b !== undefined && a.lang === b.lang && a.text === b.text;
}
