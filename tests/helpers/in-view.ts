import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { revealSettleMs } from '../../renderer/src/components/reveal';

/**
 * Fails unless the element is wholly inside the viewport and on top at its centre and near its corners (no bar,
 * overlay or other element covers it). What a visitor sees, not what the DOM holds: each look is taken once a frame
 * has been rendered, and the element has the scroll area's settling time to get there. A result is
 * brought into view when it appears, and again by the scroll area's size observer when a bar grows just after (the
 * speech bar, when its "more below" button appears); that observer runs in the next frame, and a look taken in
 * between saw the element under the bar for that one frame.
 */
export async function assertInView(locator: Locator, label: string): Promise<void> {
  await locator.first().waitFor();
  const end = Date.now() + revealSettleMs;
  let problem = await lookAt(locator);
  while (problem !== null && Date.now() < end) problem = await lookAt(locator);
  assert.equal(problem, null, `${label} ${problem ?? ''}`);
}

/** Why the element is not wholly in view and on top, after the next rendered frame; null when it is. */
function lookAt(locator: Locator): Promise<string | null> {
  return locator.first().evaluate(async (el) => {
    await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame, 0)));
    const r = el.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    if (r.width === 0 || r.height === 0) return 'has no size';
    if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5)
      return `is outside the ${vw}×${vh} viewport: ${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)}`;
    const inset = Math.min(8, r.width / 4, r.height / 4);
    const points: [number, number][] = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + inset, r.top + inset],
      [r.right - inset, r.top + inset],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
    ];
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(el === hit || el.contains(hit)))
        return `is covered at ${Math.round(x)},${Math.round(y)} by ${hit ? hit.outerHTML.slice(0, 120) : 'nothing'}`;
    }
    return null;
  });
}

/** Fails when a label's text is wider or taller than the box that holds it (cut or spilling over its button). */
export async function assertLabelsFit(page: Page, selector: string, label: string): Promise<void> {
  const overflowing = await page.locator(selector).evaluateAll((els) =>
    els.flatMap((el) => {
      const box = el.getBoundingClientRect();
      const holder = (el.closest('button, article, li') ?? el.parentElement!).getBoundingClientRect();
      const spills =
        el.scrollWidth > el.clientWidth + 1 ||
        box.left < holder.left - 0.5 ||
        box.right > holder.right + 0.5 ||
        box.bottom > holder.bottom + 0.5;
      return spills
        ? [`"${(el as HTMLElement).innerText}" ${Math.round(box.width)}px in ${Math.round(holder.width)}px`]
        : [];
    }),
  );
  assert.deepEqual(overflowing, [], `${label}: labels overflow`);
}
