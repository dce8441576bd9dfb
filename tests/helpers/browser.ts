import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { attachTransport } from './transport';
import { chromiumArgs, chromiumPath } from './chromium';

export { chromiumArgs, chromiumPath };

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs] });
}

/** A kiosk-sized touch page, reaching main over the e2e transport (HTTP, or IPC as in Electron). */
export async function kioskPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: true, ...options });
  await attachTransport(context);
  return context.newPage();
}

/**
 * A kiosk page on the start screen, its language buttons shown. `prepare` runs before the app loads
 * (an audio probe, a fake clock); `context` adds browser-context options (e.g. downloads).
 */
export async function openStartScreen(
  browser: Browser,
  url: string,
  options: { context?: BrowserContextOptions; prepare?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const page = await kioskPage(browser, options.context);
  await options.prepare?.(page);
  await page.goto(url);
  await page.getByTestId('language-fr').waitFor();
  return page;
}

/** Resolves once the page has drawn two more frames: what the DOM holds now is on screen. */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
}

/**
 * Waits for a visit screen with its content: while the call a screen needs (a theme's procedures, a procedure, the
 * places) is on its way, the screen is already there, marked aria-busy and without its title. Reading it then races
 * the call, which a loaded machine loses.
 */
export function screenShown(page: Page, name: string): Promise<void> {
  return page.locator(`main[data-screen="${name}"]:not([aria-busy="true"])`).waitFor();
}

/** Fails with every axe-core violation listed (rule, impact, target) so the report says what to fix. */
export async function assertNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
}

/**
 * Chooses a language on the start screen the way a visitor does: the first touch speaks the language's name,
 * the second touch on the same button chooses it. Waits for the themes screen.
 */
export async function chooseLanguage(page: Page, code: string): Promise<void> {
  const button = page.getByTestId(`language-${code}`);
  await button.tap();
  await button.tap();
  await page.locator('[data-screen="themes"]').waitFor();
}
