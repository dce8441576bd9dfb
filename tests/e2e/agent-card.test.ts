import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { assertNoAxeViolations, chooseLanguage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { assertInView } from '../helpers/in-view';

let host: TestHost;
let browser: Browser;

e2eFixture({}, (started) => ({ host, browser } = started));

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 1080, height: 1920 },
]) {
  test(`${viewport.width}×${viewport.height}, Tigrinya: "show this to the agent" shows the checklist in French beside Tigrinya, and its QR holds the Tigrinya list as text`, async () => {
    const page = await openStartScreen(browser, host.url, { context: { viewport } });
    await chooseLanguage(page, 'ti');
    await page.getByTestId('theme-care').tap();
    await page.getByTestId('procedure-ame-first-request').tap();
    await page.getByTestId('to-checklist').tap();
    await page.locator('[data-screen="checklist"] .check-list__item').first().waitFor();
    // What the checklist screen shows, to compare with the card and the QR.
    const items = await page.locator('.check-list__item[data-need]').evaluateAll((els) =>
      els.map((el) => ({
        ti: el.querySelector('.check-list__label')!.textContent!.trim(),
        fr: el.querySelector('.phrase-fr')!.textContent!.trim(),
      })),
    );
    assert.ok(items.length >= 2);

    await page.getByTestId('show-agent').tap();
    const card = page.getByTestId('agent-card');
    await assertInView(card.locator('h2'), 'the French title');
    assert.equal(await card.locator('h2').getAttribute('lang'), 'fr');
    await assertInView(page.getByTestId('agent-close'), 'close');
    await assertInView(page.getByTestId('agent-qr'), 'the QR code');
    const french = await card.locator('.agent-card__fr').allInnerTexts();
    for (const { fr } of items)
      assert.ok(
        french.some((f) => f.startsWith(fr)),
        `"${fr}" shown in French`,
      );
    const cardText = await card.innerText();
    for (const { ti } of items) assert.ok(cardText.includes(ti), `"${ti}" shown in Tigrinya beside`);

    // Read the QR the way a phone would: from the pixels on screen.
    const png = PNG.sync.read(await page.getByTestId('agent-qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, 'the QR code decodes');
    const text = Buffer.from(code.binaryData).toString('utf8');
    assert.doesNotMatch(text, /^https?:/, 'plain text, not a link');
    // Digit runs travel inside LRI…PDI isolates (they keep their order in right-to-left text): read past them.
    const read = text.replace(/[\u2066-\u2069]/g, '');
    for (const { ti } of items) assert.ok(read.includes(ti), `the QR holds "${ti}"`);
    // And the French, after it, for the agent who scans it (issue 26).
    for (const { fr } of items) assert.ok(read.indexOf(fr) > read.indexOf(items[0]!.ti), `the QR holds "${fr}" after`);
    await assertNoAxeViolations(page, 'agent card (ti)');

    await page.getByTestId('agent-close').tap();
    assert.equal(await card.count(), 0);
    assert.equal(await page.locator('[data-screen="checklist"]').count(), 1);
    await page.context().close();
  });
}
