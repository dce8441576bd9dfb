import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { chooseLanguage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

let host: TestHost;
let browser: Browser;
e2eFixture({ clock: () => new Date('2026-12-08T14:00:00Z') }, (started) => ({ host, browser } = started));

test('Home closes the visit before French comes back: the map never shows in French, nothing is fetched again', async () => {
  const page = await openStartScreen(browser, host.url, {
    prepare: async (p) => {
      await p.addInitScript(() => {
        // Notes every moment the map screen is in the DOM while the page says French.
        const w = window as unknown as { __mapInFrench: boolean };
        w.__mapInFrench = false;
        new MutationObserver(() => {
          if (document.querySelector('main[data-screen="map"]') && document.documentElement.lang === 'fr')
            w.__mapInFrench = true;
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
    },
  });
  await chooseLanguage(page, 'ar');
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.getByTestId('places-map').tap();
  await page.getByTestId('territory-map').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');

  const calls: string[] = [];
  const clipCalls: string[][] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length));
    if (path === '/api/listClips') clipCalls.push((r.postDataJSON() as { langs: string[] }).langs);
  });
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('language-fr').waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  // A round trip the page makes after the reset: any fetch the map started would be queued before it.
  await page.evaluate(() => fetch('/api/getKioskConfig', { method: 'POST', body: '{}' }).then((r) => r.json()));

  assert.equal(await page.evaluate(() => (window as unknown as { __mapInFrench: boolean }).__mapInFrench), false);
  // The start screen's own calls are for the next visitor: its config, the anonymous counter, and the recorded
  // clips of every language, asked afresh each visit (staff may record between visits) once it has settled.
  const startScreenCalls = new Set(['getKioskConfig', 'countEvent', 'listClips']);
  assert.deepEqual(
    calls.filter((c) => !startScreenCalls.has(c)),
    [],
    'no call for the closed visit',
  );
  // The start screen asks every language's clips in one call, once it has settled (800 ms); the closed visit asking
  // its own, or a language asked alone, would be a second call while it renders its phrases ahead.
  for (let i = 0; i < 100 && clipCalls.length === 0; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(1000);
  assert.equal(clipCalls.length, 1, `one listing: ${JSON.stringify(clipCalls)}`);
  const start = await page
    .locator('[data-testid^="language-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('language-'.length)));
  for (const code of start) assert.ok(clipCalls[0]!.includes(code), `${code} asked`);
  await page.context().close();
});
