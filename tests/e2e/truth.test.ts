import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, kioskPage, chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import { clearSpoken, installSpeechLog } from '../helpers/speech-log';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { writeSettings } from '../../main/services/settings';

// Tuesday 8 December 2026, 10:00 in Martinique: inside the Justibus's weekly hours.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

e2eFixture({ clock }, (started) => ({ host, browser } = started));

async function openTheme(lang: string, theme: string): Promise<Page> {
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await chooseLanguage(page, lang);
  await page.getByTestId(`theme-${theme}`).tap();
  await screenShown(page, 'theme');
  return page;
}

test('the Justibus card says "mobile service: call before going" with its phone, never "open"', async () => {
  const page = await openTheme('fr', 'rights');
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
  const state = page.getByTestId('state-fs-justibus');
  assert.equal(await state.getAttribute('data-state'), 'mobile');
  assert.match(await state.innerText(), /Service mobile · Appelez avant de venir\./);
  assert.doesNotMatch(await page.getByTestId('place-fs-justibus').innerText(), /Ouvert/);
  assert.match(await page.getByTestId('place-fs-justibus').innerText(), /0596 48 42 44/);
  assert.equal(await state.locator('img[src$="/1F690.svg"]').count(), 1);
  const states = await page.locator('.place-state').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  assert.ok(states.indexOf('mobile') > states.lastIndexOf('open'), `never before an open place: ${states.join(',')}`);
  // Staff and visitors see the source's own date, not the day the content was written.
  assert.match(await page.getByTestId('information-date-fs-floreal').innerText(), /Information de mai 2023/);
  await assertNoAxeViolations(page, 'places with a mobile service (fr)');
  await page.context().close();
});

test('the Justibus week table says Saturday "not every week", shown and spoken in English, not "closed"', async () => {
  const page = await openStartScreen(browser, host.url, { prepare: installSpeechLog });
  await chooseLanguage(page, 'en');
  await page.getByTestId('theme-rights').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-testid="place-fs-justibus"] button').tap();
  const table = page.getByTestId('week-table');
  await table.waitFor();
  // Saturday 12 December: the seed's "ponctuellement 08:00-12:00".
  const saturday = table.locator('tr', { hasText: 'Saturday' }).locator('td');
  const text = await saturday.innerText();
  assert.match(text, /^Not every week: 8:00\s?AM – 12:00\s?PM$/u);
  assert.match(await table.locator('tr', { hasText: 'Sunday' }).locator('td').innerText(), /^Closed$/);
  // Touching the row says it (day and hours), in English.
  await clearSpoken(page);
  await saturday.tap();
  await page.waitForFunction(
    (want) =>
      (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken.some(
        (p) => p.lang === 'en' && p.text.includes(want),
      ),
    text,
    { timeout: 60_000 },
  );
  await assertNoAxeViolations(page, 'Justibus week table (en)');
  await page.context().close();
});

test('Arabic: the emergency theme opens on big number buttons, each read digit by digit, with its source', async () => {
  const page = await openTheme('ar', 'emergency');
  const block = page.getByTestId('dial-numbers');
  await block.waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  for (const value of ['15', '17', '18', '112', '114', '115', '119', '3919']) {
    const button = page.getByTestId(`dial-${value}`);
    assert.match(await button.innerText(), new RegExp(`^${value}$`, 'm'));
    const box = (await button.boundingBox())!;
    assert.ok(box.width >= 96 && box.height >= 96, `${value} is ${box.width}x${box.height}`);
    const spoken = (await button.getAttribute('data-speak'))!;
    assert.ok(spoken.endsWith(` ${value.split('').join(' ')}`), spoken);
  }
  // The label is in Arabic (a machine draft), the source names service-public.fr's sheet and its date.
  assert.match(await page.getByTestId('dial-114').innerText(), /SMS/);
  assert.match(await block.innerText(), /F33954/);
  await assertNoAxeViolations(page, 'emergency numbers (ar)');
  await page.context().close();
});

test("a service between places (fs-2165, Côtes-d'Armor): each day of its week table names that day's commune", async (t) => {
  writeSettings(host.kiosk.db, { territory: '22' });
  t.after(() => writeSettings(host.kiosk.db, { territory: '972' }));
  const page = await openTheme('fr', 'rights');
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-testid="place-fs-2165"] button').tap();
  const table = page.getByTestId('week-table');
  await table.waitFor();
  // The comment: "Lundi, mardi: Ploumagoar / Jeudi: Pabu / Vendredi: Plouisy".
  const commune = (day: string) => table.locator('tr', { hasText: day }).getByTestId('day-site');
  assert.equal(await commune('Jeudi').innerText(), 'Pabu');
  assert.equal(await commune('Jeudi').getAttribute('lang'), 'fr');
  assert.equal(await commune('Vendredi').innerText(), 'Plouisy');
  assert.equal(await commune('Lundi').innerText(), 'Ploumagoar');
  assert.equal(await commune('Mercredi').count(), 0, 'Wednesday: no place named, and no hours');
  await assertNoAxeViolations(page, 'week table with day sites (fr)');
  await page.context().close();
});
