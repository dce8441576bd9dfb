import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phrase } from './phrase';

/** Controls that act on one touch: speech controls, the idle question, staff screens, and the start screen, which
 * has the same rule built in (a first touch on a language says it, a second chooses it). */
const immediate = '[data-speak-skip], .idle-overlay, [data-screen="start"], .agent-card__close';
const actionable = 'button, a, [role="button"]';

/** While the rule is on: what a first touch adds after the control's own words ("touch again to choose"). */
let hint: Phrase | null = null;

/** The control a touch on `target` would arm, or null when that touch acts at once (or touches no control). */
function armable(target: Element | null): Element | null {
  const control = target?.closest(actionable) ?? null;
  if (!control || control.closest(immediate) || (control as HTMLButtonElement).disabled) return null;
  return control;
}

/**
 * For the touch speech: the phrase to say after what `target` says when this touch only arms its control (a first
 * touch), so a visitor who cannot read learns that a second touch acts; null for a second touch, or no rule.
 */
export function exploreHint(target: Element | null): Phrase | null {
  const control = armable(target);
  return hint && control && !control.hasAttribute('data-armed') ? hint : null;
}

/**
 * Explore, then act, on every visit screen: a first touch on a control only speaks it (the touch-speech hook
 * does that) and highlights it; a second touch on the same control acts. A touch on another control moves the
 * highlight. One rule, in one place: it swallows the click of a first touch before any screen sees it.
 */
export function useExploreFirst(enabled: boolean): void {
  const { t, i18n } = useTranslation();
  const hintText = t('speech.touchAgain');
  const lang = i18n.language;
  useEffect(() => {
    if (!enabled) return;
    hint = { text: hintText, key: 'speech.touchAgain', lang };
    let armed: Element | null = null;
    let swallow: Element | null = null;
    const arm = (el: Element | null) => {
      armed?.removeAttribute('data-armed');
      armed = el;
      armed?.setAttribute('data-armed', '');
    };
    const onDown = (event: Event) => {
      const target = armable(event.target instanceof Element ? event.target : null);
      if (!target) return;
      if (armed === target && target.isConnected) {
        swallow = null;
        return;
      }
      arm(target);
      swallow = target;
    };
    const onClick = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(actionable) : null;
      if (swallow && target === swallow) {
        event.preventDefault();
        event.stopPropagation();
        swallow = null;
        return;
      }
      if (target && target === armed) arm(null);
    };
    document.addEventListener('pointerdown', onDown, { capture: true });
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      hint = null;
      arm(null);
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [enabled, hintText, lang]);
}
