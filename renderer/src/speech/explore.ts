import { useEffect } from 'react';
import i18next from 'i18next';
import type { Phrase } from './phrase';
import { localeOfTag } from './runs';

/**
 * The controls "explore, then act" leaves alone, each for a reason: the idle question (any touch answers it, see
 * features/idle), a control marked data-touch-rule="own" (a start screen language button has the rule built in: a
 * first touch says and selects the language, a second chooses it), "at-once" (the start screen's 🆘: a person in
 * danger, before any language, is not asked for a second touch) or "hear" (a number to dial: the kiosk cannot call,
 * touching it only says it, every time, so there is nothing to touch again for), and what never speaks (staff).
 * Every other control of a visit — bars, speech controls, cards, close buttons — follows the one rule.
 */
const immediate =
  '[data-speak-skip], .idle-overlay, [data-touch-rule="own"], [data-touch-rule="at-once"], [data-touch-rule="hear"]';
const actionable = 'button, a, [role="button"]';

/** Whether the rule is on (it is off in staff mode and when IT turns it off). */
let ruleOn = false;

/** The control a touch on `target` would arm, or null when that touch acts at once (or touches no control). */
function armable(target: Element | null): Element | null {
  const control = target?.closest(actionable) ?? null;
  if (!control || control.closest(immediate) || (control as HTMLButtonElement).disabled) return null;
  return control;
}

/**
 * "Touch again", in the control's own language (the start screen's About button is in the selected language while
 * the page is still French) when its strings are loaded, else in the page's.
 */
function hintFor(control: Element): Phrase {
  const own = localeOfTag(control.closest('[lang]')?.getAttribute('lang'));
  const lang = i18next.exists('speech.touchAgain', { lng: own }) ? own : i18next.language;
  return { text: i18next.t('speech.touchAgain', { lng: lang }), key: 'speech.touchAgain', lang };
}

/**
 * For the touch speech: the phrase to say after what `target` says when this touch only arms its control (a first
 * touch), so a visitor who cannot read learns that a second touch acts; null for a second touch, or no rule.
 */
export function exploreHint(target: Element | null): Phrase | null {
  const control = armable(target);
  return ruleOn && control && !control.hasAttribute('data-armed') ? hintFor(control) : null;
}

/**
 * Explore, then act, on every visit screen: a first touch on a control only speaks it (the touch-speech hook
 * does that) and highlights it; a second touch on the same control acts. A touch on another control moves the
 * highlight. One rule, in one place: it swallows the click of a first touch before any screen sees it.
 */
export function useExploreFirst(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    ruleOn = true;
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
      ruleOn = false;
      arm(null);
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [enabled]);
}
