import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../main/paths';
import { supportedLocales } from '../../common/locales';
import { chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { asked, clearSpokenAtNextTouch, installSpeechLog, spoken, waitForSpoken } from '../helpers/speech-log';

let host: TestHost;
let browser: Browser;

e2eFixture({}, (started) => ({ host, browser } = started));

const locale = (code: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'renderer', 'locales', `${code}.json`), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

function open(options: { clock?: boolean } = {}): Promise<Page> {
  return openStartScreen(browser, host.url, {
    prepare: async (page) => {
      await installSpeechLog(page);
      if (options.clock) await page.clock.install();
    },
  });
}

/** The centre of an element, in page coordinates. */
async function centre(page: Page, testId: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the idle question takes the touch that answers it: the card beneath does not open; it dims both bars', async () => {
  const page = await open({ clock: true });
  await chooseLanguage(page, 'fr');
  await page.getByTestId('theme-care').tap();
  await page.getByTestId('procedure-ame-renewal').tap();
  await screenShown(page, 'procedure');
  const beneath = await centre(page, 'to-places');

  await page.clock.fastForward(91_000);
  await page.getByTestId('idle-dialog').waitFor();
  // Both bars are under the dimmed overlay: touching them reaches the question, not home or volume.
  for (const id of ['nav-home', 'volume-up', 'to-places']) {
    const { x, y } = await centre(page, id);
    const onTop = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.closest('.idle-overlay') !== null,
      [x, y],
    );
    assert.ok(onTop, `${id} is under the question`);
  }
  await page.touchscreen.tap(beneath.x, beneath.y);
  await page.getByTestId('idle-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-screen="procedure"]').count(), 1, 'still on the procedure');
  assert.equal(await page.locator('[data-screen="places"]').count(), 0, '"Where to go" did not open');
  await page.context().close();
});

test('after Home, nothing of the visit is heard or even synthesised: only the start screen speaks', async () => {
  const page = await open();
  await chooseLanguage(page, 'ar');
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.getByTestId('places-map').tap();
  // The map's title has started; its instruction may still be waiting for the synthesis worker.
  await waitForSpoken(page, { key: 'places.mapTitle', lang: 'ar' });

  // What the visit said aloud (in Arabic, and the places' French names): none of it may come back after Home.
  const visitSaid = new Set((await spoken(page)).map((p) => p.text));
  // Counted from the Home touch itself: until then the map screen may still ask for its own phrases.
  await clearSpokenAtNextTouch(page);
  await page.getByTestId('nav-home').tap();
  await page.locator('[data-screen="start"]').waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  // A later, known phrase: by the time it plays, anything the end of the visit set off was asked for too.
  await page.getByTestId('language-ti').tap();
  await waitForSpoken(page, { key: 'attract.thisLanguage', lang: 'ti' });

  const allowed = new Set([locale('ar').nav!.home!]);
  for (const code of supportedLocales)
    for (const key of ['thisLanguage', 'invite', 'choose']) allowed.add(locale(code).attract![key]!);
  // The start screen also names the voiceless languages in their bridge languages (Pulaar in French, Pashto in
  // Dari), its own phrases: what must not be heard is the visit's language or anything the visit said.
  const ofTheVisit = (p: { text: string; lang: string }) =>
    !allowed.has(p.text) && (p.lang === 'ar' || visitSaid.has(p.text));
  const extra = [...(await spoken(page)), ...(await asked(page))].filter(ofTheVisit);
  assert.deepEqual(extra, [], 'only the start screen (and the Home button’s own name) is heard');
  await page.context().close();
});
