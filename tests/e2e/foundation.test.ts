import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { defaultContentDir } from '../../main/paths';
import { readJson } from '../helpers/content';
import { assertNoAxeViolations, chooseLanguage, kioskPage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';

let host: TestHost;
let browser: Browser;

const locale = (code: string) =>
  readLocale(code) as {
    theme: Record<string, string>;
    themes: Record<string, string>;
    nav: Record<string, string>;
  };
const themeIds = readJson<{ id: string }[]>(defaultContentDir, 'themes.json').map((t) => t.id);

e2eFixture({}, (started) => ({ host, browser } = started));

const openStart = (): Promise<Page> => openStartScreen(browser, host.url);

test('start screen: one button per configured language, each in its own name and script', async () => {
  const page = await openStart();
  for (const [code, name] of [
    ['fr', 'Français'],
    ['en', 'English'],
    ['ar', 'العربية'],
  ]) {
    const button = page.getByTestId(`language-${code}`);
    assert.equal((await button.innerText()).trim(), name);
    assert.equal(await button.getAttribute('lang'), code);
  }
  await assertNoAxeViolations(page, 'start screen');
  await page.context().close();
});

test('French: the nine themes appear with their labels, and touch targets are at least 96 px', async () => {
  const page = await openStart();
  await chooseLanguage(page, 'fr');
  const fr = locale('fr');
  assert.equal(await page.locator('h1').innerText(), fr.themes.title);
  for (const id of themeIds) {
    const card = page.getByTestId(`theme-${id}`);
    assert.equal((await card.innerText()).trim(), fr.theme[id]);
    const box = (await card.boundingBox())!;
    assert.ok(box.width >= 96 && box.height >= 96, `${id} is ${box.width}x${box.height}`);
  }
  for (const nav of ['nav-home']) {
    const box = (await page.getByTestId(nav).boundingBox())!;
    assert.ok(box.width >= 96 && box.height >= 96, `${nav} is ${box.width}x${box.height}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  await assertNoAxeViolations(page, 'themes (fr)');
  await page.context().close();
});

test('Arabic: the page is right-to-left, mirrored, in Arabic, rendered with the bundled Noto Sans Arabic', async () => {
  const page = await openStart();
  await chooseLanguage(page, 'ar');
  const ar = locale('ar');
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
    'ar',
    'rtl',
  ]);
  assert.equal((await page.getByTestId('theme-care').innerText()).trim(), ar.theme.care);
  // Mirrored: home sits at the right edge, the first theme card is right of the second.
  const width = page.viewportSize()!.width;
  const home = (await page.getByTestId('nav-home').boundingBox())!;
  assert.ok(home.x > width / 2, `home at x=${home.x} should be on the right in RTL`);
  const first = (await page.getByTestId(`theme-${themeIds[0]}`).boundingBox())!;
  const second = (await page.getByTestId(`theme-${themeIds[1]}`).boundingBox())!;
  assert.ok(first.x > second.x, 'the first card is on the right');
  // The Arabic face is a bundled file, loaded from this host (no system or remote font).
  const arabicFaceLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes('Noto Sans Arabic') && f.status === 'loaded');
  });
  assert.ok(arabicFaceLoaded, 'Noto Sans Arabic loaded');
  await assertNoAxeViolations(page, 'themes (ar)');
  await page.context().close();
});

test('back and home: a theme opens, back returns to the themes, home forgets the language', async () => {
  const page = await openStart();
  await chooseLanguage(page, 'ar');
  await page.getByTestId('theme-papers').tap();
  await screenShown(page, 'theme');
  assert.equal(await page.locator('h1').innerText(), locale('ar').theme.papers);
  await assertNoAxeViolations(page, 'theme (ar)');
  await page.getByTestId('nav-back').tap();
  await page.locator('[data-screen="themes"]').waitFor();
  assert.equal(await page.getByTestId('nav-back').isVisible(), false, 'no back on the first screen');
  await page.getByTestId('theme-care').tap();
  await page.getByTestId('nav-home').tap();
  await page.locator('[data-screen="start"]').waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
    'fr',
    'ltr',
  ]);
  await chooseLanguage(page, 'en');
  assert.equal(await page.locator('h1').innerText(), locale('en').themes.title, 'a new visit starts on the themes');
  await page.context().close();
});

/** The ids after `prefix` of the page's elements whose data-testid starts with it, in page order. */
const testIdsAfter = (page: Page, prefix: string) =>
  page
    .locator(`[data-testid^="${prefix}"]`)
    .evaluateAll((els, cut) => els.map((el) => el.getAttribute('data-testid')!.slice(cut)), prefix.length);

/**
 * From now on, records each state `screen` is shown in ('busy' while it waits for a call, 'shown' once it has its
 * content); `shownStates` reads them back.
 */
async function watchScreen(page: Page, screen: string): Promise<void> {
  await page.evaluate((name) => {
    const w = window as unknown as { __shown: string[] };
    w.__shown = [];
    new MutationObserver(() => {
      const main = document.querySelector(`main[data-screen="${name}"]`);
      if (main) w.__shown.push(main.getAttribute('aria-busy') === 'true' ? 'busy' : 'shown');
    }).observe(document.body, { subtree: true, childList: true });
  }, screen);
}
const shownStates = (page: Page) => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);

test('once the start screen is up, the reviewed texts and the recorded clips of every language come in one call each', async () => {
  const page = await kioskPage(browser);
  const asked: { call: string; langs: string[] }[] = [];
  page.on('request', (r) => {
    const call = new URL(r.url()).pathname.slice('/api/'.length);
    if (call === 'getReviewedTexts' || call === 'listClips')
      asked.push({ call, langs: (r.postDataJSON() as { langs: string[] }).langs });
  });
  await page.goto(host.url);
  const languages = await testIdsAfter(page, 'language-');
  for (let i = 0; i < 100 && new Set(asked.map((a) => a.call)).size < 2; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(1000); // a language asked on its own would come while the phrases are rendered ahead
  const of = (call: string) => asked.filter((a) => a.call === call);
  assert.equal(of('getReviewedTexts').length, 1, JSON.stringify(asked));
  assert.deepEqual(
    of('getReviewedTexts')[0]!.langs.sort(),
    languages.filter((code) => code !== 'fr').sort(),
    'every language but French (the source)',
  );
  assert.equal(of('listClips').length, 1, JSON.stringify(asked));
  for (const code of languages) assert.ok(of('listClips')[0]!.langs.includes(code), `clips of ${code} asked`);
  await page.context().close();
});

test('a visit asks for every theme’s procedures once; a theme opens on its cards, never on an empty screen', async () => {
  const page = await openStartScreen(browser, host.url);
  const asked: { themeIds: string[]; lang: string }[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/listProcedures') asked.push(r.postDataJSON() as (typeof asked)[0]);
  });
  await chooseLanguage(page, 'en');
  const themes = await testIdsAfter(page, 'theme-');
  for (let i = 0; i < 50 && asked.length === 0; i++) await page.waitForTimeout(100);
  // Every state the theme screen was shown in, from the tap on: the busy shell must never be one of them.
  await watchScreen(page, 'theme');
  for (const theme of ['papers', 'care', 'papers']) {
    await page.getByTestId(`theme-${theme}`).tap();
    await page.getByTestId('procedures').waitFor();
    await page.getByTestId('nav-back').tap();
    await page.locator('[data-screen="themes"]').waitFor();
  }
  assert.deepEqual(asked, [{ themeIds: themes, lang: 'en' }], 'one call, every theme, the visit’s language');
  const shown = await shownStates(page);
  assert.ok(shown.length > 0 && !shown.includes('busy'), shown.join(' '));
  await page.context().close();
});

test('a theme screen asks for its procedures ahead, in one call: a card then opens its procedure at once', async () => {
  const page = await openStartScreen(browser, host.url);
  const asked: { call: string; ids: string[] }[] = [];
  page.on('request', (r) => {
    const call = new URL(r.url()).pathname.slice('/api/'.length);
    if (call === 'getProcedures') asked.push({ call, ids: (r.postDataJSON() as { ids: string[] }).ids });
    if (call === 'getProcedure') asked.push({ call, ids: [(r.postDataJSON() as { id: string }).id] });
  });
  await chooseLanguage(page, 'en');
  await page.getByTestId('theme-care').tap();
  const cards = await testIdsAfter(page, 'procedure-');
  for (let i = 0; i < 50 && asked.length === 0; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(300); // its answer
  await watchScreen(page, 'procedure');
  await page.getByTestId('procedure-ame-renewal').tap();
  await page.getByTestId('to-checklist').waitFor();
  await page.getByTestId('nav-back').tap();
  await page.getByTestId('theme-places').waitFor();
  await page.waitForTimeout(500); // the theme screen is back: its procedures are not asked again
  assert.ok(cards.includes('ame-renewal'));
  assert.deepEqual(asked, [{ call: 'getProcedures', ids: cards }], JSON.stringify(asked));
  const shown = await shownStates(page);
  assert.ok(shown.length > 0 && !shown.includes('busy'), shown.join(' '));
  await page.context().close();
});

test('the page loads nothing from outside the host', async () => {
  const page = await kioskPage(browser);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(host.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(host.url);
  await chooseLanguage(page, 'ar');
  assert.deepEqual(foreign, []);
  await page.context().close();
});

test('a visit writes no error to the console: no request of the page fails, the browser’s own icon request included', async () => {
  const page = await kioskPage(browser);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  await page.goto(host.url);
  await chooseLanguage(page, 'fr');
  await page.getByTestId('theme-care').tap();
  await page.locator('[data-testid="procedures"]').waitFor();
  // The browser asks for an icon after the load, on its own: wait until nothing is in flight.
  await page.waitForLoadState('networkidle');
  assert.deepEqual(errors, []);
  await page.context().close();
});
