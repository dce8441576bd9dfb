import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { supportedLocales } from '../../common/locales';
import { chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { assertInView, assertLabelsFit } from '../helpers/in-view';

// Tuesday 8 December 2026, 10:00 in Martinique: places are open, so the map has pins of every kind.
const clock = () => new Date('2026-12-08T14:00:00Z');
const viewports = [
  { name: 'landscape', width: 1280, height: 900 },
  { name: 'portrait', width: 1080, height: 1920 },
];
const languages = ['fr', 'ar', 'ti'];

let host: TestHost;
let browser: Browser;

e2eFixture({ clock }, (started) => ({ host, browser } = started));

async function open(viewport: { width: number; height: number }): Promise<Page> {
  return openStartScreen(browser, host.url, { context: { viewport } });
}

/** Touches "more below" until the target is in view, as a visitor would; fails if the button is missing. */
async function scrollTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const inView = await page.getByTestId(testId).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    if (inView) return;
    await page.getByTestId('more-below').tap();
  }
  assert.fail(`${testId} never came into view with "more below"`);
}

for (const vp of viewports) {
  test(`${vp.name} ${vp.width}×${vp.height}: every configured language on the start screen at once, no name overflowing`, async () => {
    const page = await open(vp);
    for (const code of supportedLocales) await assertInView(page.getByTestId(`language-${code}`), `language ${code}`);
    await assertLabelsFit(page, '.language-button__name', 'language buttons');
    await assertInView(page.getByTestId('listen-again'), 'listen again');
    await page.context().close();
  });

  for (const lang of languages) {
    test(`${vp.name}, ${lang}: whatever a touch produces is in view and uncovered; top and bottom bars stay`, async () => {
      const page = await open(vp);
      await chooseLanguage(page, lang);
      await assertLabelsFit(page, '.card-button__label', 'theme cards');
      // The last theme (emergency numbers) is reachable with "more below" when it does not fit.
      await scrollTo(page, 'theme-emergency');
      await assertInView(page.getByTestId('nav-home'), 'home after scrolling');
      await assertInView(page.getByTestId('listen-again'), 'listen again after scrolling');

      await page.getByTestId('theme-care').tap();
      await screenShown(page, 'theme');
      await assertInView(page.locator('h1'), 'theme title');
      await assertLabelsFit(page, '.card-button__label', 'procedure cards');

      await page.getByTestId('procedure-ame-renewal').tap();
      await screenShown(page, 'procedure');
      await assertInView(page.locator('.screen__instruction'), 'procedure instruction');
      for (const id of ['to-checklist', 'to-places', 'to-numbers'])
        await assertInView(page.getByTestId(id), `${id}, the buttons the instruction names`);
      await page.getByTestId('to-numbers').tap();
      await assertInView(page.locator('[data-testid="numbers"] li, [data-testid="numbers"] p').first(), 'numbers');

      await page.getByTestId('to-checklist').tap();
      await screenShown(page, 'checklist');
      await page.getByTestId('print').tap();
      await page.locator('[data-testid="print-status"][role="alert"]').waitFor();
      await assertInView(page.getByTestId('print-status'), 'no-printer alert');
      await assertInView(page.getByTestId('nav-back'), 'back after printing');

      await page.getByTestId('nav-back').tap();
      await page.getByTestId('to-places').tap();
      await page.getByTestId('places-map').tap();
      // A pin's count is whole (not clipped by the round pin).
      for (const count of await page.getByTestId('map-pin-count').all()) {
        const whole = await count.evaluate(
          (el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().width >= 24,
        );
        assert.ok(whole, 'pin count shown whole');
      }
      const pin = page.getByTestId('map-pin').first();
      await pin.tap();
      await assertInView(page.locator('[data-testid="map-cards"] li').first(), 'the selected pin’s first card');
      await page.context().close();
    });
  }
}

// The scroll area goes back to its top before a screen changes, and only when it has left it (ScrollArea.tsx): it
// learns that from its scroll events, whoever scrolled it ("more below", a finger, the browser revealing a control).
test('a new screen starts at its top, whatever scrolled the one before', async () => {
  const page = await open(viewports[0]!);
  await chooseLanguage(page, 'fr');
  const area = page.getByTestId('scroll-area');
  const scrolled = () => area.evaluate((el) => el.scrollTop);
  const leftTop = () =>
    page.waitForFunction(() => document.querySelector('[data-testid="scroll-area"]')!.scrollTop > 0);

  // Care's screen is longer than this window, like the themes screen: kept, the offset would still be there.
  await page.getByTestId('more-below').tap();
  await leftTop();
  await page.getByTestId('theme-care').tap();
  await screenShown(page, 'theme');
  assert.equal(await scrolled(), 0, 'a theme opened from the themes screen scrolled by "more below"');

  await page.getByTestId('procedure-ame-renewal').tap();
  await screenShown(page, 'procedure');
  const box = (await area.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await leftTop();
  await page.getByTestId('nav-back').tap();
  await screenShown(page, 'theme');
  assert.equal(await scrolled(), 0, 'back to the theme from a procedure scrolled by hand');
  await page.context().close();
});

test('maps: pins of different kinds of place look different, one pictogram per kind', async () => {
  const page = await open(viewports[0]!);
  const srcOf = new Map<string, string>();
  for (const theme of ['papers', 'french']) {
    await page.goto(host.url);
    await chooseLanguage(page, 'fr');
    await page.getByTestId(`theme-${theme}`).tap();
    await page.getByTestId('theme-places').tap();
    await page.getByTestId('places-map').tap();
    await page.getByTestId('map-pin').first().waitFor();
    const pins = await page
      .getByTestId('map-pin')
      .evaluateAll((els) =>
        els.map((p) => ({ kind: p.getAttribute('data-category')!, src: p.querySelector('img')!.getAttribute('src')! })),
      );
    for (const { kind, src } of pins) {
      assert.equal(srcOf.get(kind) ?? src, src, `${kind} always drawn the same`);
      srcOf.set(kind, src);
    }
  }
  const single = [...srcOf.entries()].filter(([kind]) => kind !== 'mixed');
  assert.ok(single.length >= 2, `kinds on the maps: ${[...srcOf.keys()].join(' ')}`);
  assert.equal(new Set(single.map(([, src]) => src)).size, single.length, 'no two kinds share a pictogram');
  await page.context().close();
});

/** Each speech-bar button's box, by test id: where a visitor finds it. */
function speechBarBoxes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.speech-bar [data-testid]')].map((el) => {
        const r = el.getBoundingClientRect();
        return [
          el.dataset.testid!,
          `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`,
        ];
      }),
    ),
  );
}

/** Waits until "more below" can be touched (or, with `false`, until it cannot: hidden, or not there at all). */
const moreBelowIs = (page: Page, enabled: boolean) =>
  page.waitForFunction((on) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="more-below"]');
    return on ? button !== null && !button.disabled : button === null || button.disabled;
  }, enabled);

test('the speech bar keeps its buttons in their places from a screen that scrolls to one that fits', async () => {
  const page = await open(viewports[0]!);
  await chooseLanguage(page, 'fr');
  await moreBelowIs(page, true);
  const onThemes = await speechBarBoxes(page);
  await page.getByTestId('theme-leisure').tap();
  await screenShown(page, 'theme');
  await moreBelowIs(page, false);
  const fits = await page
    .getByTestId('scroll-area')
    .evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollTop === 0);
  assert.ok(fits, 'the leisure theme fits this window (else this test compares two screens that scroll)');
  assert.deepEqual(await speechBarBoxes(page), onThemes);
  await page.context().close();
});

// Whether there is more to scroll is told to the scroll buttons after the new screen's frame (ScrollArea.tsx): told
// inside it, they rendered again there, with every effect React still had pending, before that screen was seen.
test('a new screen is painted before the scroll buttons change for it', async () => {
  const page = await open(viewports[0]!);
  await chooseLanguage(page, 'fr');
  // From a screen that fits (not scrolled, so the way back scrolls nothing) to one that does not.
  await page.getByTestId('theme-leisure').tap();
  await screenShown(page, 'theme');
  await moreBelowIs(page, false);
  await page.evaluate(() => {
    const w = window as unknown as { order: string[] };
    w.order = [];
    let shown = 'theme';
    new MutationObserver((records) => {
      const screen = document.querySelector('main[data-screen]:not([aria-busy="true"])')?.getAttribute('data-screen');
      if (screen && screen !== shown) {
        shown = screen;
        // The frame's callbacks run before its paint, and the task one of them posts, after it.
        requestAnimationFrame(() => setTimeout(() => w.order.push(`${screen} painted`), 0));
      }
      // (No named function here: the test's compiler would wrap it in a helper the page does not have.)
      const touched = records.flatMap((r) => [r.target, ...r.addedNodes, ...r.removedNodes]);
      if (touched.some((n) => n instanceof Element && !!n.closest('.scroll-buttons, .scroll-buttons *')))
        w.order.push(`scroll buttons on ${shown}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId('nav-back').tap();
  await screenShown(page, 'themes');
  await moreBelowIs(page, true);
  const order = await page.evaluate(() => (window as unknown as { order: string[] }).order);
  assert.deepEqual(order.slice(0, 2), ['themes painted', 'scroll buttons on themes'], order.join(', '));
  await page.context().close();
});
