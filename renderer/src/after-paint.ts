/**
 * Runs `work` once the next frame has been painted: for what follows a screen change but is not part of it (what
 * the screen says, a call for the next screen's data), so it never sits between a touch and the screen it opens.
 * The frame's callback runs before that frame's paint; the task it posts runs after.
 */
export function afterFrame(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * Runs `work` after the next frame has been painted, when the main thread is idle (at most 2 s later): for what
 * a visitor does not wait on (prefetching, counters), so it never sits between a touch and the screen it opens.
 */
export function afterPaint(work: () => void): void {
  afterFrame(() => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : work()));
}
