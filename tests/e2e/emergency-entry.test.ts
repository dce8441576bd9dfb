import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';

const strings = (code: string) => readLocale(code) as Record<string, Record<string, string>>;

let host: TestHost;
let browser: Browser;

// A new kiosk's settings ("explore, then act" on): the start screen's entry still opens on one touch.
e2eFixture({ productDefaults: true }, (started) => ({ host, browser } = started));

const sizes = [
  { width: 1280, height: 900 },
  { width: 1080, height: 1920 },
];

async function fullyInView(page: Page, testId: string): Promise<void> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  const view = page.viewportSize()!;
  assert.ok(box.x >= 0 && box.y >= 0, `${testId} starts on screen`);
  assert.ok(box.x + box.width <= view.width && box.y + box.height <= view.height, `${testId} ends on screen`);
}

for (const viewport of sizes) {
  test(`${viewport.width}×${viewport.height}: one touch on the start screen's 🆘 shows the emergency numbers`, async () => {
    const page = await openStartScreen(browser, host.url, { context: { viewport } });
    await fullyInView(page, 'start-emergency');
    assert.equal(await page.getByTestId('start-emergency').locator('img').count(), 1, 'a pictogram');
    await page.getByTestId('start-emergency').tap();
    await screenShown(page, 'theme');
    await page.getByTestId('dial-numbers').waitFor();
    assert.equal(await page.locator('h1').innerText(), strings('fr').theme!.emergency, 'French when none chosen');
    assert.equal(await page.getByTestId('nav-emergency').count(), 0, 'no entry on the emergency screen itself');
    await page.getByTestId('nav-back').tap(); // armed, then acts (explore, then act)
    await page.getByTestId('nav-back').tap();
    await page.locator('[data-screen="themes"]').waitFor();
    await page.context().close();
  });
}

test('the emergency entry is in every visit screen’s bar, in the visitor’s language, one control away', async () => {
  const page = await openStartScreen(browser, host.url);
  await page.getByTestId('language-ti').tap(); // selected, not chosen: the entry opens in Tigrinya
  await page.getByTestId('start-emergency').tap();
  await page.getByTestId('dial-numbers').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ti');
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-home').tap();
  await page.locator('[data-screen="start"]').waitFor();
  await chooseLanguage(page, 'ar');
  for (const next of ['[data-testid="theme-care"]', '[data-testid^="procedure-"]']) {
    await fullyInView(page, 'nav-emergency');
    await assertNoAxeViolations(page, 'a visit screen with the emergency entry');
    await page.locator(next).first().tap();
    await page.locator(next).first().tap();
  }
  await screenShown(page, 'procedure');
  await page.getByTestId('nav-emergency').tap();
  await page.getByTestId('nav-emergency').tap();
  await page.getByTestId('dial-numbers').waitFor();
  assert.equal(await page.locator('h1').innerText(), strings('ar').theme!.emergency);
  await page.context().close();
});
