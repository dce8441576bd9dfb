// Shared by the visitor benchmarks (speech, screens): when the start screen is interactive after a load, and how
// long a tap takes to paint the next screen, both on the page's own clock (performance.now).
import type { Browser, Page } from 'playwright-core';
import { installAudioProbe } from '../../tests/helpers/audio-probe';
import type { TestHost } from '../../tests/helpers/host';
import { throttledPage } from './_kiosk';

type Timings = {
  __tapAt: number;
  __screenAt: Record<string, number>;
  __startReady: number;
  /** Answers __startReady once it is known: awaited by page.evaluate, with no waitForFunction during a load. */
  __started: Promise<number>;
  __startedNow: (at: number) => void;
};

/**
 * Records the last pointerdown's timeStamp and when each screen was first painted, on the page's own clock. With
 * `listen`, the audio probe too (the speech bench's first sound): its 256-frame callbacks run on the main thread,
 * 190 a second once the kiosk has audio, so the screens bench, which times paints, does not install it (the bare
 * pages it compares with have no audio, so the probe weighed on the kiosk's figures only).
 */
export async function instrument(page: Page, listen = false): Promise<void> {
  if (listen) await installAudioProbe(page, 256);
  await page.addInitScript(() => {
    const w = window as unknown as Timings;
    w.__screenAt = {};
    w.__started = new Promise((resolve) => (w.__startedNow = resolve));
    document.addEventListener('pointerdown', (e) => (w.__tapAt = e.timeStamp), { capture: true });
    new MutationObserver(() => {
      // A screen waiting for its data (aria-busy) is not painted yet: only its content counts.
      const name = document.querySelector('main[data-screen]:not([aria-busy="true"])')?.getAttribute('data-screen');
      if (name && w.__screenAt[name] === undefined) {
        w.__screenAt[name] = -1;
        // The frame after the DOM change: the screen has been painted.
        requestAnimationFrame(() => setTimeout(() => (w.__screenAt[name] = performance.now()), 0));
      }
      if (!w.__startReady && document.querySelector('[data-testid^="language-"]')) {
        requestAnimationFrame(() => setTimeout(() => w.__startedNow((w.__startReady = performance.now())), 0));
        w.__startReady = -1;
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/**
 * When the start screen's buttons were painted, on the page's clock. Awaited in the page, not polled by
 * waitForFunction: its first use in a page compiles Playwright's script on the page's main thread (50 ms at 4×),
 * which would land in the middle of the load being timed.
 */
export function startedAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Timings).__started);
}

/** Navigation start → the start screen's language buttons painted, `runs` times, each on a fresh page. */
export async function homeInteractive(browser: Browser, url: string, runs: number, rate: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await throttledPage(browser, rate);
    await instrument(page);
    await page.goto(url);
    out.push(await startedAt(page));
    await page.context().close();
  }
  return out;
}

/**
 * Playwright's first waitForFunction in a page compiles its injected script in the page's own world, on the page's
 * main thread: 20 ms at 1×, 50 ms at 4× (throttled like the page). Done here, before anything is timed, it no
 * longer lands between a first tap and its screen (every choice is a first tap on a fresh page).
 */
export async function readyToTime(page: Page): Promise<void> {
  await page.waitForFunction(() => true);
}

/** Tap → `screen` painted, after `reset` (the previous screen back, the marks cleared). */
export async function tapTo(page: Page, testId: string, screen: string): Promise<number> {
  await page.evaluate(() => ((window as unknown as Timings).__screenAt = {}));
  await page.getByTestId(testId).tap();
  await page.waitForFunction((name) => (window as unknown as Timings).__screenAt[name]! > 0, screen);
  return page.evaluate((name) => {
    const w = window as unknown as Timings;
    return w.__screenAt[name]! - w.__tapAt;
  }, screen);
}

/**
 * Brings a control into view and lets two frames pass. Playwright's tap scrolls a control out of view into it and
 * sends the touch at once: the page handles the scroll (its frame, the kiosk's scroll buttons measuring) between
 * the touch's time stamp and its dispatch, so a tap on a card below the fold timed the scroll too. A visitor scrolls,
 * looks, then touches; the floor's buttons never need a scroll. Not `twoFrames` (tests/helpers/browser.ts): that
 * resolves before the second frame's paint, which draws the scroll buttons told of the scroll after the first.
 */
async function inViewAndSettled(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(settled, 0)))),
  );
}

/** Themes screen: tap a theme card → its screen painted, then back, `runs` times. */
export async function tapToScreen(page: Page, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const card = i % 2 ? 'theme-care' : 'theme-papers';
    await inViewAndSettled(page, card);
    out.push(await tapTo(page, card, 'theme'));
    await page.getByTestId('nav-back').tap();
    await page.locator('[data-screen="themes"]').waitFor();
  }
  return out;
}

/** A fresh kiosk page on the start screen, instrumented. */
export async function startPage(browser: Browser, host: TestHost, rate: number): Promise<Page> {
  const page = await throttledPage(browser, rate);
  await instrument(page);
  await page.goto(host.url);
  await page.getByTestId('language-fr').waitFor();
  await readyToTime(page);
  return page;
}
