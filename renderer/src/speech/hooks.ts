import { useEffect, useSyncExternalStore } from 'react';
import { phrasesOf, screenPhrases, speakableSelector } from './phrases';
import { speech, type SpeechState } from './engine';
import { exploreHint } from './explore';
import { afterFrame } from '../after-paint';

export function useSpeechState(): SpeechState {
  return useSyncExternalStore(
    (l) => speech.subscribe(l),
    () => speech.snapshot(),
  );
}

/**
 * Every touch first stops the current speech, then speaks what was touched (its data-speak or visible text),
 * in the touched element's language. Capture phase, so it runs before any screen's own handler.
 */
export function useTouchSpeech(): void {
  useEffect(() => {
    const onDown = (event: Event) => {
      speech.unlock();
      speech.stop();
      const target = event.target instanceof Element ? event.target : null;
      // A control that speaks as one (data-speak-parts: a place card) speaks whole, wherever it is touched.
      let el = target?.closest('[data-speak-parts]') ?? target?.closest(speakableSelector);
      // A touch between cards lands on their list item: speak the card it holds, in the card's language.
      if (el?.matches('li')) el = el.querySelector('[data-speak], button') ?? el;
      if (!el || el.closest('[data-speak-skip]') || (el as HTMLButtonElement).disabled) return;
      const phrases = phrasesOf(el);
      // A first touch under "explore, then act" only arms the control: say so after its words.
      const hint = exploreHint(target);
      if (phrases.length > 0) void speech.speak(hint ? [...phrases, hint] : phrases);
    };
    const onKey = () => speech.stop();
    // For touch, browsers grant the user activation audio needs on pointerup, not pointerdown: the phrase queued
    // on pointerdown starts when the output resumes here.
    const onUp = () => speech.unlock();
    document.addEventListener('pointerdown', onDown, { capture: true });
    document.addEventListener('pointerup', onUp, { capture: true });
    document.addEventListener('click', onUp, { capture: true });
    document.addEventListener('keydown', onKey, { capture: true });
    return () => {
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('pointerup', onUp, { capture: true });
      document.removeEventListener('click', onUp, { capture: true });
      document.removeEventListener('keydown', onKey, { capture: true });
    };
  }, []);
}

/** Announces each screen (its title, then its instruction) when it appears; the start screen has its own loop. */
export function useScreenAnnouncer(): void {
  useEffect(() => {
    let last = '';
    const check = () => {
      const main = document.querySelector('main.screen[data-screen]');
      const name = main?.getAttribute('data-screen') ?? '';
      // The instruction too: a screen that loads (a theme's procedures, a place) shows it only once ready.
      const instruction = main?.querySelector('.screen__instruction')?.textContent ?? '';
      const signature = `${name}|${document.documentElement.lang}|${document.querySelector('h1')?.textContent ?? ''}|${instruction}`;
      if (signature === last) return;
      last = signature;
      if (name === '' || name === 'start') return;
      // A screen still loading has nothing to say yet: it must not cut the card's label, which its title repeats
      // (a procedure's name was heard three times: the touch, cut by the empty screen, then said again).
      const phrases = screenPhrases();
      if (phrases.length === 0) return;
      // A card's label is usually the title of the screen it opens: let it finish rather than restart.
      void speech.speak(phrases, { continueSame: true });
    };
    // Messages that appear or change on their own (a print result, a loading error) are spoken too: EN 301 549
    // wants errors heard, not only seen. Each message is announced again only when its text changes.
    const announced = new WeakMap<Element, string>();
    const announceMessages = () => {
      for (const el of document.querySelectorAll('[role="alert"], [role="status"]')) {
        if (el.closest('[data-speak-skip]')) continue;
        const phrases = phrasesOf(el);
        const text = phrases.map((p) => p.text).join(' ');
        if (phrases.length === 0 || announced.get(el) === text) continue;
        announced.set(el, text);
        void speech.speak(phrases, { continueSame: true });
      }
    };
    // Read once the changed screen is painted: read inside the change, its words (what is visible of them) forced
    // the new screen's style and layout before its first frame (9 ms of a language's choice at 4× slower CPU).
    let pending = false;
    let stopped = false;
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      afterFrame(() => {
        pending = false;
        if (stopped) return;
        check();
        announceMessages();
      });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-screen', 'lang'],
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    check();
    return () => {
      stopped = true;
      observer.disconnect();
    };
  }, []);
}

/** "Listen again": the current screen's title and instruction once more. */
export function repeatScreen(): void {
  void speech.speak(screenPhrases());
}
