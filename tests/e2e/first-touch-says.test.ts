import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import {
  clearSpoken,
  clearSpokenAtNextTouch,
  installSpeechLog,
  spoken,
  waitForSpoken,
  type SpokenPhrase,
} from '../helpers/speech-log';

// Tuesday 8 December 2026, 10:00 in Martinique: Le Lorrain (We-Fr) is closed and opens on Wednesday.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

// A new kiosk's settings: "explore, then act" on, so a first touch is what these tests listen to.
e2eFixture(
  { clock, productDefaults: true, prepare: (h) => void writeSettings(h.kiosk.db, { speechRate: 1.5 }) },
  (started) => ({ host, browser } = started),
);

const ar = readLocale('ar') as Record<string, Record<string, string>>;
const isHint = (p: SpokenPhrase) => p.key === 'speech.touchAgain';

async function twice(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).first().tap();
  await page.getByTestId(testId).first().tap();
}

/** What a first touch on `target` says before "touch again". */
async function firstTouch(page: Page, target: ReturnType<Page['locator']>): Promise<SpokenPhrase[]> {
  await clearSpokenAtNextTouch(page);
  await target.tap();
  await waitForSpoken(page, { key: 'speech.touchAgain' });
  const said = await spoken(page);
  return said.slice(0, said.findIndex(isHint));
}

async function openArabic(prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await openStartScreen(browser, host.url, {
    prepare: async (p) => {
      await installSpeechLog(p);
      await prepare?.(p);
    },
  });
  await chooseLanguage(page, 'ar');
  return page;
}

test('a place card speaks as one control wherever it is touched: French name by the French voice, then its state', async () => {
  const page = await openArabic();
  await twice(page, 'theme-papers');
  await twice(page, 'theme-places');
  const card = page.getByTestId('place-fs-le-lorrain');
  await card.waitFor();
  const name = (await card.locator('.place-card__name').innerText()).trim();
  // The finger lands on the address line (postcode 97250), not on the name.
  const said = await firstTouch(page, card.locator('.place-facts__line').first());
  assert.deepEqual(said[0], { ...said[0], text: name, lang: 'fr' }, 'its name first, by the French voice');
  assert.equal(said[1]?.text, ar.places!.closed, 'then closed, in Arabic');
  assert.equal(said[1]?.lang, 'ar');
  assert.ok(
    said.slice(2).every((p) => p.lang === 'ar' && p.text.includes('الأربعاء')),
    `then when it opens (Wednesday), and nothing else: ${JSON.stringify(said)}`,
  );
  assert.ok(!said.some((p) => p.text.replace(/\D/g, '') === '97250'), 'not the address under the finger');

  // A map pin: each place's French name by the French voice, its state in Arabic.
  await twice(page, 'places-map');
  const pin = page.locator('[data-testid="map-pin"][data-places~="fs-le-lorrain"]');
  const pinSaid = await firstTouch(page, pin);
  const at = pinSaid.findIndex((p) => p.text === name);
  assert.ok(at >= 0, `the name is said: ${JSON.stringify(pinSaid)}`);
  assert.equal(pinSaid[at]!.lang, 'fr', 'by the French voice');
  assert.deepEqual([pinSaid[at + 1]?.text, pinSaid[at + 1]?.lang], [ar.places!.closed, 'ar']);
  await page.context().close();
});

test('opening a procedure says its name once; the screen does not say it again', async () => {
  const page = await openArabic();
  await twice(page, 'theme-care');
  const card = page.getByTestId('procedure-ame-first-request');
  const title = (await card.locator('.card-button__label').innerText()).trim();
  await firstTouch(page, card);
  await clearSpokenAtNextTouch(page);
  await card.tap();
  await page.locator('[data-screen="procedure"] .falc-list').waitFor();
  await waitForSpoken(page, { text: ar.procedure!.instruction, lang: 'ar' });
  const said = await spoken(page);
  assert.equal(said.filter((p) => p.text === title).length, 1, `once: ${JSON.stringify(said.map((p) => p.text))}`);
  await page.context().close();
});

test('emergency: "read all" leaves out the French source line; touched, it is heard with the French voice', async () => {
  const page = await openArabic();
  await twice(page, 'nav-emergency');
  await page.getByTestId('dial-numbers').waitFor();
  await clearSpoken(page);
  await twice(page, 'read-all');
  await page.locator('[data-testid="read-all"][data-state="reading"]').waitFor();
  await page.locator('[data-testid="read-all"][data-state="idle"]').waitFor({ timeout: 240_000 });
  const said = await spoken(page);
  assert.ok(
    said.some((p) => p.text.includes(ar.truth!.emergencyTitle!)),
    'the screen was read',
  );
  assert.ok(!said.some((p) => /service-public|F33954/.test(p.text)), 'not its source citation');
  const source = page.locator('.dial-numbers__source').first();
  await source.scrollIntoViewIfNeeded();
  await clearSpokenAtNextTouch(page);
  await source.tap();
  const citation = await waitForSpoken(page, { lang: 'fr' });
  assert.match(citation.text, /service-public\.fr/);
  await page.context().close();
});

test('the idle question says its countdown once, then only shows it', async () => {
  const page = await openArabic((p) => p.clock.install());
  await twice(page, 'theme-care');
  await screenShown(page, 'theme');
  await page.clock.fastForward(91_000);
  const dialog = page.getByTestId('idle-dialog');
  await dialog.waitFor();
  const countdown = ar.idle!.countdown_other!.split('{{')[0]!;
  await waitForSpoken(page, { key: 'idle.touchToContinue' });
  await page.locator('footer.speech-bar[data-speaking="no"]').waitFor();
  const shown = await dialog.locator('.idle-dialog__seconds').innerText();
  for (let i = 0; i < 3; i++) await page.clock.fastForward(3_000);
  await page.waitForFunction((s) => document.querySelector('.idle-dialog__seconds')?.textContent !== s, shown);
  await page.locator('footer.speech-bar[data-speaking="no"]').waitFor();
  const said = (await spoken(page)).filter((p) => p.text.startsWith(countdown));
  assert.equal(said.length, 1, `the countdown is said once: ${JSON.stringify(said)}`);
  await page.context().close();
});

test('month names in ti, ps and ff come from their locale tables, not French', async () => {
  const page = await openStartScreen(browser, host.url);
  for (const code of ['ti', 'ps', 'ff']) {
    const months = (readLocale(code) as { months: Record<string, string> }).months;
    await page.goto(host.url);
    await chooseLanguage(page, code);
    await twice(page, 'nav-emergency');
    // The emergency numbers' source is dated July 2024 (data/procedures.json).
    const source = await page.locator('.dial-numbers__source').first().innerText();
    // The date after the (French) source's own name: "(ሓምለ 2024)", not "(juillet 2024)".
    const date = /\(([^()]*)\)\s*$/.exec(source)?.[1] ?? '';
    assert.ok(date.includes(`${months.july} 2024`), `${code}: ${source}`);
    assert.ok(!date.includes('juillet'), `${code}: ${date}`);
  }
  await page.context().close();
});
