import { useEffect } from 'react';

/** Controls that act on one touch: speech controls, the idle question, staff screens, and the start screen, which
 * has the same rule built in (a first touch on a language says it, a second chooses it). */
const immediate = '[data-speak-skip], .idle-overlay, [data-screen="start"], .agent-card__close';
const actionable = 'button, a, [role="button"]';

/**
 * Explore, then act, on every visit screen: a first touch on a control only speaks it (the touch-speech hook
 * does that) and highlights it; a second touch on the same control acts. A touch on another control moves the
 * highlight. One rule, in one place: it swallows the click of a first touch before any screen sees it.
 */
export function useExploreFirst(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let armed: Element | null = null;
    let swallow: Element | null = null;
    const arm = (el: Element | null) => {
      armed?.removeAttribute('data-armed');
      armed = el;
      armed?.setAttribute('data-armed', '');
    };
    const onDown = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(actionable) : null;
      if (!target || target.closest(immediate) || (target as HTMLButtonElement).disabled) return;
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
      arm(null);
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [enabled]);
}
