import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, kioskPage, chooseLanguage } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import { setClosure } from '../../main/services/staff/hours-admin';
import { picto } from '../../renderer/src/components/pictograms';

// Tuesday 8 December 2026, 10:00 in Martinique (UTC-4): the 2nd Tuesday of the month.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

const places = (code: string) =>
  (
    readLocale(code) as {
      places: Record<string, string>;
    }
  ).places;

e2eFixture({ clock }, (started) => ({ host, browser } = started));

async function openPlaces(lang: string): Promise<Page> {
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await chooseLanguage(page, lang);
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
  return page;
}

async function assertBigEnough(page: Page, selector: string) {
  for (const box of await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
    assert.ok(box.width >= 96 && box.height >= 96, `${selector} is ${box.width}x${box.height}`);
  }
}

test('French: from a theme to its structures, open ones first, each state with pictogram and words', async () => {
  const page = await openPlaces('fr');
  const fr = places('fr');
  assert.equal(await page.locator('h1').innerText(), fr.title);
  const states = await page.locator('.place-state').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  const lastOpen = states.lastIndexOf('open');
  const firstOther = states.findIndex((s) => s !== 'open');
  assert.ok(lastOpen >= 0 && firstOther > lastOpen, `open first: ${states.join(',')}`);
  // Le Prêcheur (Mo-Fr 08:00-12:00): open until noon, shown with ✅ and the word.
  const precheur = page.getByTestId('state-fs-le-precheur');
  assert.equal(await precheur.getAttribute('data-state'), 'open');
  assert.match(await precheur.innerText(), /Ouvert.*jusqu'à 12:00/);
  assert.equal(await precheur.locator(`img[src$="/${picto.open}.svg"]`).count(), 1);
  // Le Lorrain (We-Fr 07:00-13:00): closed on Tuesday, opens Wednesday at 7:00 (Intl, in French).
  const lorrain = page.getByTestId('state-fs-le-lorrain');
  assert.match(await lorrain.innerText(), /Fermé.*Ouvre mercredi à 0?7:00/);
  assert.equal(await lorrain.locator('img[src$="/26D4.svg"]').count(), 1);
  // Floréal: closed after a disaster, said so on its card.
  assert.match(await page.getByTestId('state-fs-floreal').innerText(), /Fermé temporairement/);
  assert.match(await page.getByTestId('closure-fs-floreal').innerText(), /sinistre/);
  // What the speech helper reads is the card's own text: name, state, next opening.
  assert.match(await page.getByTestId('place-fs-le-lorrain').innerText(), /France Services Lorrain[\s\S]*Fermé/);
  await assertBigEnough(page, '.place-card__button');
  await assertBigEnough(page, '[data-testid="places-map"]');
  await assertNoAxeViolations(page, 'places (fr)');

  await page.getByTestId('place-fs-psp-fort-de-france').locator('button').tap();
  await page.locator('[data-testid="week-table"]').waitFor();
  const today = page.locator('tr[aria-current="date"]');
  assert.match(await today.innerText(), /mardi/);
  // 2nd Tuesday: both the morning and the afternoon slot are kept.
  assert.match(await today.innerText(), /0?8:00 – 12:45, 14:00 – 16:00/);
  await assertNoAxeViolations(page, 'place (fr)');
  await page.context().close();
});

test('French: the map has a pin per place and "you are here"; touching a pin opens its card', async () => {
  const page = await openPlaces('fr');
  await page.getByTestId('places-map').tap();
  await page.locator('[data-testid="map-pin"]').first().waitFor();
  assert.equal(await page.locator('h1').innerText(), places('fr').mapTitle);
  assert.ok((await page.locator('[data-testid="map-pin"]').count()) >= 5);
  assert.match(await page.getByTestId('map-here').innerText(), /Vous êtes ici/);
  assert.ok((await page.locator('.territory-map__land').getAttribute('d'))!.length > 100, 'the outline is drawn');
  await assertBigEnough(page, '[data-testid="map-pin"]');
  const pin = page.locator('[data-testid="map-pin"][data-places~="fs-le-precheur"]');
  assert.match((await pin.getAttribute('aria-label'))!, /Le Prêcheur: Ouvert/);
  await pin.tap();
  await page.getByTestId('map-cards').getByTestId('place-fs-le-precheur').waitFor();
  await assertNoAxeViolations(page, 'map (fr)');
  await page.context().close();
});

test('Arabic: places are right-to-left and mirrored, states and days in Arabic, the map works', async () => {
  const page = await openPlaces('ar');
  const ar = places('ar');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.locator('h1').innerText(), ar.title);
  const state = page.getByTestId('state-fs-le-precheur');
  assert.ok((await state.innerText()).includes(ar.open!));
  const lorrain = await page.getByTestId('state-fs-le-lorrain').innerText();
  assert.ok(lorrain.includes(ar.closed!) && lorrain.includes('الأربعاء'), lorrain);
  // Mirrored: the pictogram sits at the inline start, i.e. to the right of the words.
  const icon = (await state.locator('img').boundingBox())!;
  const word = (await state.locator('.place-state__word').boundingBox())!;
  assert.ok(icon.x > word.x, 'pictogram right of the text in RTL');
  // The structure's French name keeps lang="fr" inside the Arabic page.
  assert.equal(await page.getByTestId('place-fs-le-precheur').locator('h2').getAttribute('lang'), 'fr');
  await assertNoAxeViolations(page, 'places (ar)');
  await page.getByTestId('places-map').tap();
  const pin = page.locator('[data-testid="map-pin"][data-places~="fs-le-precheur"]');
  await pin.waitFor();
  await pin.tap();
  await page.getByTestId('map-cards').getByTestId('place-fs-le-precheur').waitFor();
  await assertNoAxeViolations(page, 'map (ar)');
  await page.context().close();
});

test('from a procedure to its structures, in Arabic: the préfecture card is listed and touching it is heard', async () => {
  const { installAudioProbe, resetProbe, waitForSound } = await import('../helpers/audio-probe');
  const page = await kioskPage(browser);
  await installAudioProbe(page);
  await page.goto(host.url);
  await chooseLanguage(page, 'ar');
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('procedure-prefecture-desk').tap();
  await page.getByTestId('to-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
  const cards = page.locator('[data-testid^="place-"]');
  assert.ok((await cards.count()) >= 1, 'the procedure has at least one structure');
  const names = await page.locator('.place-card__name').allInnerTexts();
  assert.ok(
    names.some((n) => /préfecture/i.test(n)),
    `the préfecture is among the places for its own desk: ${names.join(' | ')}`,
  );
  await resetProbe(page);
  await cards.first().locator('button').tap();
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'touching a card is heard');
  await page.context().close();
});

test('map pins: a temporarily closed place has its own 🚧 pin, not the closed ⛔; a count badge lies inside its pin', async () => {
  const pinOf = (page: Page, id: string) => page.locator(`[data-testid="map-pin"][data-places~="${id}"]`);
  let page = await openPlaces('fr');
  await page.getByTestId('places-map').tap();
  await pinOf(page, 'fs-le-lorrain').waitFor();
  assert.equal(await pinOf(page, 'fs-le-lorrain').getAttribute('data-state'), 'closed', 'closed on Tuesdays: ⛔');
  assert.equal(await pinOf(page, 'fs-le-lorrain').locator('img[src$="/26D4.svg"]').count(), 1);
  const counted = page.locator('[data-testid="map-pin"]:has([data-testid="map-pin-count"])');
  assert.ok((await counted.count()) >= 1, 'a pin holds several places');
  for (const pin of await counted.all()) {
    const box = (await pin.boundingBox())!;
    const badge = (await pin.getByTestId('map-pin-count').boundingBox())!;
    const inside =
      badge.x >= box.x &&
      badge.y >= box.y &&
      badge.x + badge.width <= box.x + box.width &&
      badge.y + badge.height <= box.y + box.height;
    assert.ok(inside, `badge ${JSON.stringify(badge)} inside pin ${JSON.stringify(box)}`);
  }
  await page.context().close();

  // Closed for works this week (a staff closure): the same place now shows 🚧, told apart from closed.
  const closure = { from: '2026-12-07', until: '2026-12-20', reason: 'closure.works' } as const;
  assert.ok(setClosure(host.kiosk.db, clock, 'fs-le-lorrain', closure).ok);
  try {
    page = await openPlaces('fr');
    await page.getByTestId('places-map').tap();
    await pinOf(page, 'fs-le-lorrain').waitFor();
    assert.equal(await pinOf(page, 'fs-le-lorrain').getAttribute('data-state'), 'temporarily-closed');
    assert.equal(await pinOf(page, 'fs-le-lorrain').locator('img[src$="/1F6A7.svg"]').count(), 1);
    assert.equal(await pinOf(page, 'fs-le-lorrain').locator('img[src$="/26D4.svg"]').count(), 0);
    await page.context().close();
  } finally {
    setClosure(host.kiosk.db, clock, 'fs-le-lorrain', null);
  }
});
