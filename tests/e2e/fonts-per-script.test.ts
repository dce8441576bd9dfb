import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import type { Browser, Page, Route } from 'playwright-core';
import { readSettings, writeSettings } from '../../main/services/settings';
import { kioskPage, openStartScreen, twoFrames } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

/** The font families the page's stylesheets declare, with how many @font-face rules each has. */
function declaredFaces(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const count: Record<string, number> = {};
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSFontFaceRule) {
          const family = rule.style.getPropertyValue('font-family').replace(/['"]/g, '');
          count[family] = (count[family] ?? 0) + 1;
        }
    return count;
  });
}

test('a French and Arabic sheet declares Noto Sans and Noto Sans Arabic only, not every script', async () => {
  const page = await kioskPage(browser);
  const fontRequests: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
  await page.goto(`${host.url}print/checklist/school-enrolment?lang=ar&format=a4`);
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'ready');
  await page.evaluate(() => document.fonts.ready);
  const faces = await declaredFaces(page);
  assert.deepEqual(Object.keys(faces).sort(), ['Noto Sans', 'Noto Sans Arabic'], JSON.stringify(faces));
  assert.ok(!fontRequests.some((u) => /noto-sans-sc|ethiopic|bengali|nastaliq/.test(u)), fontRequests.join('\n'));
  await page.context().close();
});

/** How many @font-face rules a script font's full stylesheets (both weights) declare. */
function fullRules(pkg: string): number {
  const require = createRequire(import.meta.url);
  return ['400', '700']
    .map((w) => readFileSync(require.resolve(`@fontsource/${pkg}/${w}.css`), 'utf8').match(/@font-face/g)!.length)
    .reduce((a, b) => a + b);
}

/** A script's full rules arrive once the start screen is painted (its first stylesheet has only the faces it writes). */
async function waitForRules(page: Page, family: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([f, n]) =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r) => r instanceof CSSFontFaceRule && r.style.getPropertyValue('font-family').includes(f)).length >= n,
    [family, count] as const,
  );
}

test('a kiosk offering French, English and Tigrinya loads the Ethiopic rules, and no Chinese or Arabic rule or face', async () => {
  const { languages } = readSettings(host.kiosk.db);
  writeSettings(host.kiosk.db, { languages: ['fr', 'en', 'ti'] });
  try {
    const page = await kioskPage(browser);
    const fontRequests: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
    await page.goto(host.url);
    await page.getByTestId('language-ti').waitFor();
    await waitForRules(page, 'Noto Sans Ethiopic', fullRules('noto-sans-ethiopic'));
    await page.evaluate(() => document.fonts.ready);
    const faces = await declaredFaces(page);
    // The start stylesheet names the few faces every language's name needs; no other script's full rules load.
    for (const [family, pkg] of [
      ['Noto Sans SC', 'noto-sans-sc'],
      ['Noto Sans Arabic', 'noto-sans-arabic'],
      ['Noto Sans Bengali', 'noto-sans-bengali'],
      ['Noto Nastaliq Urdu', 'noto-nastaliq-urdu'],
    ] as const)
      assert.ok((faces[family] ?? 0) < fullRules(pkg), `${family}: ${JSON.stringify(faces)}`);
    assert.ok(
      fontRequests.some((u) => /ethiopic/.test(u)),
      fontRequests.join('\n'),
    );
    assert.ok(!fontRequests.some((u) => /noto-sans-sc|arabic|bengali|nastaliq/.test(u)), fontRequests.join('\n'));
    await page.context().close();
  } finally {
    writeSettings(host.kiosk.db, { languages });
  }
});

test('with every language offered, the start screen gets each script its buttons are written in, Urdu in Nastaliq', async () => {
  const page = await openStartScreen(browser, host.url);
  for (const [family, pkg] of [
    ['Noto Sans Arabic', 'noto-sans-arabic'],
    ['Noto Nastaliq Urdu', 'noto-nastaliq-urdu'],
    ['Noto Sans Ethiopic', 'noto-sans-ethiopic'],
    ['Noto Sans Bengali', 'noto-sans-bengali'],
    ['Noto Sans SC', 'noto-sans-sc'],
  ] as const)
    await waitForRules(page, family, fullRules(pkg));
  // The Urdu name is drawn in Nastaliq (a face is loaded only for text that uses it).
  await page.waitForFunction(() =>
    [...document.fonts].some((f) => f.family.includes('Noto Nastaliq Urdu') && f.status === 'loaded'),
  );
  await page.context().close();
});

/**
 * Records, when the visit's first screen is put in the page (before it is painted), every text drawn in a face that
 * is not loaded yet (such text would first be drawn in whatever the system has: boxes, where it has no such script,
 * then laid out again), and every pictogram not yet loaded (it would be fetched and parsed in the frames after).
 */
async function recordUnready(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __unready?: { texts: string[]; pictograms: string[] } };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main[data-screen="themes"]')) return;
      observer.disconnect();
      const unready: { texts: string[]; pictograms: string[] } = { texts: [], pictograms: [] };
      for (const el of document.body.querySelectorAll('*')) {
        if (el instanceof HTMLImageElement && !el.complete) unready.pictograms.push(el.src);
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
        const text = own.join('').trim();
        if (!text) continue;
        const style = getComputedStyle(el);
        if (!document.fonts.check(`${style.fontWeight} 16px ${style.fontFamily}`, text)) unready.texts.push(text);
      }
      w.__unready = unready;
    }).observe(document, { subtree: true, childList: true });
  });
}

test('the first screen of a visit is drawn in its own faces and pictograms from its first frame, in every script', async () => {
  for (const code of ['zh', 'ur', 'ar', 'bn', 'ti', 'ru']) {
    const page = await openStartScreen(browser, host.url, { prepare: recordUnready });
    // A quick double touch: the choice waits for the faces its first screen needs, fetched from the first touch,
    // and for its pictograms, parsed once the start screen is up (a choice quicker than that awaits them).
    await page.getByTestId(`language-${code}`).tap();
    await page.getByTestId(`language-${code}`).tap();
    await page.locator('main[data-screen="themes"]').waitFor();
    const unready = await page.evaluate(() => (window as unknown as { __unready: unknown }).__unready);
    assert.deepEqual(unready, { texts: [], pictograms: [] }, `${code}: drawn before it was ready`);
    await page.context().close();
  }
});

/**
 * How many pixels of the language buttons' names are drawn dark (text), in one screenshot of what is on screen. One
 * capture, quickly: a face still on its way draws its text invisible for 3 s only (`font-display: block`).
 */
async function namePixels(page: Page): Promise<number> {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.language-button__name')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: Math.floor(r.x), y: Math.floor(r.y), width: Math.ceil(r.width), height: Math.ceil(r.height) };
    }),
  );
  // Playwright's own screenshot waits for the fonts: the screen as it is now comes from DevTools.
  const cdp = await page.context().newCDPSession(page);
  const shot = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  await cdp.detach();
  const png = PNG.sync.read(Buffer.from(shot.data, 'base64'));
  let dark = 0;
  for (const { x, y, width, height } of boxes)
    for (let row = y; row < y + height; row++)
      for (let col = x; col < x + width; col++) {
        const i = (row * png.width + col) * 4;
        if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 128) dark += 1;
      }
  return dark;
}

test('while its faces are on their way, the start screen draws no name in a system font (Chinese was boxes)', async () => {
  const page = await kioskPage(browser);
  const held: Route[] = [];
  let firstAsked: () => void;
  const asked = new Promise<void>((resolve) => (firstAsked = resolve));
  await page.route('**/*.woff2', (route) => {
    held.push(route);
    firstAsked();
  });
  await page.goto(host.url);
  await page.getByTestId('language-zh').waitFor();
  // The names are laid out, so their faces are asked for (the test times out if none is).
  await asked;
  await twoFrames(page);
  assert.equal(await namePixels(page), 0, 'a name was drawn before its face arrived');
  // The same names, once their faces are let through, are drawn: the measure sees text when there is some.
  await page.route('**/*.woff2', (route) => route.continue());
  for (const route of held) await route.continue();
  await page.evaluate(() => document.fonts.ready);
  await twoFrames(page);
  assert.ok((await namePixels(page)) > 1000, 'the names are not drawn once their faces are in');
  await page.context().close();
});
