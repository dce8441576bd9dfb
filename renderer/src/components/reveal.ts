/** What a touch can make appear and must then be seen: marked results, alerts and status messages. */
export const revealSelector = '[data-reveal], [role="alert"], [role="status"]';

/** The first element to bring into view among the nodes these mutations added (a new screen is not one). */
function revealable(records: MutationRecord[]): Element | null {
  for (const record of records) {
    // A message that changes role in place (printing… → no printer) is a new result too.
    if (record.type === 'attributes' && record.target instanceof Element && record.target.matches(revealSelector))
      return record.target;
    for (const node of record.addedNodes) {
      if (!(node instanceof Element) || node.matches('main[data-screen]') || node.querySelector('main[data-screen]'))
        continue;
      const hit = node.matches(revealSelector) ? node : node.querySelector(revealSelector);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Scrolls `root` so what just appeared is in view: whole when it fits, else from its start. The scroller's
 * scroll-padding keeps it clear of the "more below" button. Returns what it revealed (null when nothing).
 */
export function revealAdded(records: MutationRecord[], root: HTMLElement): Element | null {
  const el = revealable(records);
  if (el) reveal(el, root);
  return el;
}

/** Brings one element of `root` into view: whole when it fits, else from its start. */
export function reveal(el: Element, root: HTMLElement): void {
  const fits = el.getBoundingClientRect().height <= root.clientHeight * 0.8;
  el.scrollIntoView({ block: fits ? 'nearest' : 'start', inline: 'nearest' });
}

/**
 * How long after a reveal a resize of the scroller or its content reveals the same element again: the "more
 * below" button appearing can make the speech bar taller, and the space shorter, just after a result appeared.
 */
export const revealSettleMs = 1000;
