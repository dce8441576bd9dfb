import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { chooseLanguage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { assertInView } from '../helpers/in-view';

let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

const sizes = [
  { width: 1280, height: 900 },
  { width: 1080, height: 1920 },
];

async function openChecklist(page: Page, lang: string): Promise<void> {
  await chooseLanguage(page, lang);
  await page.getByTestId('theme-care').tap();
  // The longest checklist of the theme: four documents and three "cannot be asked" notes.
  await page.getByTestId('procedure-ame-first-request').tap();
  await page.getByTestId('to-checklist').tap();
  await page.locator('[data-screen="checklist"] .check-list__item').first().waitFor();
}

for (const viewport of sizes) {
  for (const lang of ['fr', 'ar']) {
    test(`${viewport.width}×${viewport.height}, ${lang}: both checklist actions are in view without scrolling, apart`, async () => {
      const page = await openStartScreen(browser, host.url, { context: { viewport } });
      await openChecklist(page, lang);
      const scrolled = await page.getByTestId('scroll-area').evaluate((el) => el.scrollTop);
      assert.equal(scrolled, 0, 'nothing scrolled');
      if (viewport.width > viewport.height)
        assert.ok(
          await page.getByTestId('scroll-area').evaluate((el) => el.scrollHeight > el.clientHeight),
          'in landscape the list itself is longer than the screen (what makes this test mean something)',
        );
      await assertInView(page.getByTestId('print'), 'print');
      await assertInView(page.getByTestId('show-agent'), 'show to the agent');
      const print = (await page.getByTestId('print').boundingBox())!;
      const agent = (await page.getByTestId('show-agent').boundingBox())!;
      const apart = Math.max(agent.x - (print.x + print.width), print.x - (agent.x + agent.width));
      const below = Math.max(agent.y - (print.y + print.height), print.y - (agent.y + agent.height));
      assert.ok(Math.max(apart, below) >= 24, `a gap between them: ${Math.max(apart, below)} px`);
      for (const box of [print, agent]) assert.ok(box.height >= 96 && box.width >= 96, 'big targets');
      if (viewport.height > viewport.width)
        for (const box of [print, agent])
          assert.ok(box.y >= viewport.height / 2, `in the lower half of a portrait screen (top at ${box.y})`);
      // A result appears in view, the buttons stay in view with it.
      await page.getByTestId('print').tap();
      await assertInView(page.getByTestId('print-status'), 'the print result');
      await assertInView(page.getByTestId('show-agent'), 'show to the agent, after printing');
      await page.screenshot({ path: `/tmp/checklist-reach-${viewport.width}-${lang}.png` });
      await page.context().close();
    });
  }
}

test('portrait: a short screen sits in the lower half of the screen, where seated visitors reach', async () => {
  const page = await openStartScreen(browser, host.url, { context: { viewport: sizes[1] } });
  await chooseLanguage(page, 'ti');
  await page.getByTestId('theme-care').tap();
  await page.getByTestId('theme-places').waitFor();
  const places = (await page.getByTestId('theme-places').boundingBox())!;
  const bar = (await page.locator('footer.speech-bar').boundingBox())!;
  assert.ok(places.y + places.height > bar.y - 80, `its last control just above the speech bar (${places.y})`);
  assert.equal(await page.getByTestId('scroll-area').evaluate((el) => el.scrollTop), 0);
  await page.screenshot({ path: '/tmp/theme-portrait.png' });
  await page.context().close();
});
