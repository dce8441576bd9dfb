import type { Page } from 'playwright-core';

/** A phrase the kiosk started to say: its text, language (locale code), i18n key if any, and source. */
export interface SpokenPhrase {
  text: string;
  lang: string;
  key?: string;
  source: string;
}

/** Records every `speech:phrase` event the page's speech engine sends as a phrase starts playing. */
export async function installSpeechLog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: unknown[] = [];
    (window as unknown as { __spoken: unknown[] }).__spoken = log;
    window.addEventListener('speech:phrase', (e) => log.push((e as CustomEvent).detail));
    // Text sent to the synthesis worker, played or not: a phrase stopped before it sounds is still asked for.
    const asked: unknown[] = [];
    (window as unknown as { __asked: unknown[] }).__asked = asked;
    // Whole phrases the worker answered: the first means its voices are loaded. `ready`: it answered a warm-up.
    const answered = { count: 0, ready: 0 };
    (window as unknown as { __answered: typeof answered }).__answered = answered;
    const watched = new WeakSet<Worker>();
    const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      const message = args[0] as { text?: string; lang?: string } | undefined;
      if (message && typeof message.text === 'string') asked.push({ text: message.text, lang: message.lang });
      if (!watched.has(this)) {
        watched.add(this);
        this.addEventListener('message', (e: MessageEvent<{ samples?: unknown; ready?: boolean }>) => {
          if (e.data?.samples) answered.count++;
          if (e.data?.ready) answered.ready++;
        });
      }
      post.apply(this, args);
    } as typeof Worker.prototype.postMessage;
  });
}

/** Texts asked of the synthesis worker since the last clear (background prerendering included). */
export function asked(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => [...(window as unknown as { __asked: { text: string; lang: string }[] }).__asked]);
}

export function spoken(page: Page): Promise<SpokenPhrase[]> {
  return page.evaluate(() => [...(window as unknown as { __spoken: SpokenPhrase[] }).__spoken]);
}

export function clearSpoken(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as { __spoken: unknown[] }).__spoken.length = 0;
    (window as unknown as { __asked: unknown[] }).__asked.length = 0;
  });
}

/**
 * Forgets what was heard and asked so far at the next touch's very start (a window capture listener runs before
 * the kiosk's own): what the page says or synthesises from that touch on is all that counts, whatever was still
 * legitimately being asked for the screen the touch leaves while the test got there.
 */
export function clearSpokenAtNextTouch(page: Page): Promise<void> {
  // One anonymous listener: tsx would wrap a named function in a helper the page does not have.
  return page.evaluate(() =>
    window.addEventListener(
      'pointerdown',
      () => {
        (window as unknown as { __spoken: unknown[] }).__spoken.length = 0;
        (window as unknown as { __asked: unknown[] }).__asked.length = 0;
      },
      { capture: true, once: true },
    ),
  );
}

/** Waits (on the page's own events, no polling from here) until a phrase with these fields has started. */
export async function waitForSpoken(page: Page, want: Partial<SpokenPhrase>): Promise<SpokenPhrase> {
  const handle = await page.waitForFunction(
    (w) =>
      (window as unknown as { __spoken: Record<string, unknown>[] }).__spoken.find((p) =>
        Object.entries(w).every(([k, v]) => p[k] === v),
      ) ?? false,
    want as Record<string, unknown>,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as unknown as SpokenPhrase;
}

/**
 * Waits until the synthesis worker has answered its warm-up (engine and voices' core loaded). Its queue runs one job
 * at a time, the warm-up first: from then on, a phrase queued earlier has been posted to it (and is in `asked`).
 */
export async function waitForWorkerWarm(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __answered: { ready: number } }).__answered.ready > 0,
    null,
    {
      timeout: 120_000,
    },
  );
}

/**
 * Waits until the synthesis worker has answered a first phrase: its voices are loaded, so from now on a phrase
 * waits at most for the one being synthesised. Loading them takes seconds on a busy machine; a test that times
 * what a touch does starts after it, not before.
 */
export async function waitForVoicesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __answered: { count: number } }).__answered.count > 0,
    null,
    {
      timeout: 120_000,
    },
  );
}
