/**
 * Runs `work` after the next frame has been painted, when the main thread is idle (at most 2 s later): for what
 * a visitor does not wait on (prefetching, counters), so it never sits between a touch and the screen it opens.
 */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : work()), 0),
  );
}
