import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import { clearSpoken, installSpeechLog, waitForSpoken } from '../helpers/speech-log';

let host: TestHost;
let browser: Browser;

// A new kiosk's settings: explore-first is on unless IT turns it off.
e2eFixture({ productDefaults: true }, (started) => ({ host, browser } = started));

const screen = (page: Page) => page.locator('main.screen[data-screen]').getAttribute('data-screen');

test('explore, then act, the same on every screen: a first touch speaks and highlights, a second touch acts', async () => {
  const page = await openStartScreen(browser, host.url, { prepare: installSpeechLog });
  await chooseLanguage(page, 'fr'); // the start screen's own rule: first touch says, second chooses

  // A theme card: heard and highlighted, nothing opens; touching another card moves the highlight.
  const care = page.getByTestId('theme-care');
  await clearSpoken(page);
  await care.tap();
  await waitForSpoken(page, { key: 'theme.care' });
  // After its own words, a first touch says what to do next, in the visitor's language.
  await waitForSpoken(page, {
    key: 'speech.touchAgain',
    text: (readLocale('fr') as { speech: Record<string, string> }).speech.touchAgain,
    lang: 'fr',
  });
  assert.equal(await screen(page), 'themes', 'a first touch does not open the theme');
  assert.equal(await care.getAttribute('data-armed'), '');
  // Without sound or reading: a hand tapping on the highlighted card shows what to do, and it is a real picture.
  const hand = await care.evaluate(async (el) => {
    const after = getComputedStyle(el, '::after');
    const url = /url\("?([^")]+)"?\)/.exec(after.backgroundImage)?.[1] ?? '';
    const res = url ? await fetch(url) : null;
    const box = el.getBoundingClientRect();
    return {
      url,
      served: res?.ok === true && (res.headers.get('content-type') ?? '').includes('svg'),
      size: parseFloat(after.width),
      fits: parseFloat(after.width) < box.width / 2 && parseFloat(after.height) < box.height / 2,
      moves: after.animationName !== 'none',
    };
  });
  assert.match(hand.url, /\/pictograms\/1F446\.svg$/);
  assert.ok(hand.served && hand.size >= 48 && hand.fits && hand.moves, JSON.stringify(hand));
  await page.getByTestId('theme-work').tap();
  assert.equal(await care.getAttribute('data-armed'), null, 'the highlight moved');
  assert.equal(await care.evaluate((el) => getComputedStyle(el, '::after').content), 'none', 'and the hand with it');
  assert.equal(await screen(page), 'themes');
  await care.tap();
  await care.tap();
  await screenShown(page, 'theme');

  // A procedure card and a toggle on the procedure screen follow the same rule.
  await page.getByTestId('procedure-ame-renewal').tap();
  assert.equal(await screen(page), 'theme');
  await page.getByTestId('procedure-ame-renewal').tap();
  await screenShown(page, 'procedure');
  await clearSpoken(page);
  await page.getByTestId('to-numbers').tap();
  assert.equal(await page.getByTestId('numbers').count(), 0, 'useful numbers stay closed on a first touch');
  await waitForSpoken(page, { key: 'speech.touchAgain' });
  await clearSpoken(page);
  await page.getByTestId('to-numbers').tap();
  await page.getByTestId('numbers').waitFor();
  // The second touch acts: its words are said, and no "touch again" after them.
  const label = await waitForSpoken(page, {});
  const hinted = await page
    .waitForFunction(
      () => (window as unknown as { __spoken: { key?: string }[] }).__spoken.some((p) => p.key === 'speech.touchAgain'),
      undefined,
      { timeout: 4000 },
    )
    .then(
      () => true,
      () => false,
    );
  assert.equal(hinted, false, `after "${label.text}", no "touch again" on the touch that acts`);

  // Home too: one touch says "Accueil", the second goes home.
  await page.getByTestId('nav-home').tap();
  assert.equal(await screen(page), 'procedure');
  await page.getByTestId('nav-home').tap();
  await page.locator('[data-screen="start"]').waitFor();

  // Speech controls follow the same rule (issue 26: a visitor who learned the double touch moved the volume two
  // steps): a first touch on "quieter" says it, the second lowers the level by one step.
  await chooseLanguage(page, 'fr');
  const level = Number(await page.getByTestId('volume-level').getAttribute('data-level'));
  await clearSpoken(page);
  await page.getByTestId('volume-down').tap();
  await waitForSpoken(page, { key: 'speech.touchAgain' });
  assert.equal(Number(await page.getByTestId('volume-level').getAttribute('data-level')), level);
  await page.getByTestId('volume-down').tap();
  assert.equal(Number(await page.getByTestId('volume-level').getAttribute('data-level')), level - 1);
  await page.context().close();
});
