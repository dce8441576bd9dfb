import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, chooseLanguage, kioskPage, launchChromium } from '../helpers/browser';
import { setTestPin, submitPin } from '../helpers/staff';
import { startTestHost, type TestHost } from '../helpers/host';

// Tuesday 8 December 2026, 10:00 in Martinique (UTC-4).
const morning = () => new Date('2026-12-08T14:00:00Z');
const pin = '135790';
let host: TestHost;
let browser: Browser;

before(async () => {
  host = await startTestHost({ clock: morning });
  await setTestPin(host.kiosk.db, pin);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.stop();
});

async function openPlaces(): Promise<Page> {
  const page = await kioskPage(browser);
  await page.goto(`${host.url}desk`);
  await page.locator('[data-screen="staff-pin"]').waitFor();
  await submitPin(page, pin);
  await page.getByTestId('staff-tab-places').click();
  await page.locator('[data-screen="staff-places"]').waitFor();
  return page;
}

/** A visitor's places for the "care" theme, in Arabic, in another browser context (another screen). */
async function visitorPlaces(): Promise<Page> {
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await chooseLanguage(page, 'ar');
  await page.getByTestId('theme-care').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
  return page;
}

test('staff add their PASS with the form; a visitor finds it open at its hours, with its source; undo takes it away', async () => {
  const staff = await openPlaces();
  await assertNoAxeViolations(staff, 'staff places list');
  await staff.getByTestId('place-add').click();
  await staff.getByTestId('place-name').fill('PASS du centre hospitalier du Lamentin');
  await staff.getByTestId('place-category').selectOption('hospital');
  await staff.getByTestId('place-theme-care').check();
  await staff.getByTestId('place-address').fill('Rue de l’hôpital');
  await staff.getByTestId('place-postcode').fill('97232');
  await staff.getByTestId('place-commune').fill('Le Lamentin');
  await staff.getByTestId('place-phones').fill('0596 00 00 00');
  await staff.getByTestId('place-note').selectOption('appointment.no-appointment');
  // The map: a touch in the middle of the island places the point.
  const map = staff.getByTestId('place-map');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.5, y: box.height * 0.5 } });
  await staff.getByTestId('place-map-point').waitFor();
  // Tuesday and Thursday mornings, 08:30 to 12:00; the form writes the string and shows it.
  for (const day of ['Tu', 'Th']) {
    await staff.getByTestId(`place-slot-${day}-add`).click();
    await staff.getByTestId(`place-slot-${day}-0-from`).fill('08:30');
  }
  assert.equal(await staff.getByTestId('place-hours').innerText(), 'Tu,Th 08:30-12:00; PH off');
  await assertNoAxeViolations(staff, 'staff place form');
  await staff.getByTestId('place-save').click();
  await staff.getByText('Lieu « PASS du centre hospitalier du Lamentin » enregistré.').waitFor();
  const listed = staff.locator('[data-testid^="local-place-local-"]');
  const id = (await listed.getAttribute('data-testid'))!.replace('local-place-', '');

  const visitor = await visitorPlaces();
  const state = visitor.getByTestId(`state-${id}`);
  assert.equal(await state.getAttribute('data-state'), 'open', 'Tuesday 10:00 is within 08:30-12:00');
  const card = visitor.getByTestId(`place-${id}`);
  assert.match(await card.innerText(), /Rue de l’hôpital/);
  assert.match(await card.innerText(), /0596 00 00 00/);
  // Its source, in the visitor's language: added by the staff of this place, with the day.
  assert.match(await visitor.getByTestId(`added-by-staff-${id}`).innerText(), /أضافه موظفو هذا المكان/);
  await visitor.context().close();

  // Editing reads the string back into slots.
  await listed.click();
  assert.equal(await staff.getByTestId('place-slot-Tu-0-from').inputValue(), '08:30');
  assert.equal(await staff.getByTestId('place-slot-Th-0-to').inputValue(), '12:00');
  assert.equal(await staff.getByTestId('place-slot-Mo-add').count(), 1);
  assert.equal(await staff.locator('[data-testid^="place-slot-Mo-0"]').count(), 0);
  await staff.getByTestId('place-back').click();

  // Undo the addition from the log: visitors no longer see it. The list answers late (over HTTP), as on a busy
  // kiosk: "undone" is shown only with the list it speaks of.
  await staff.route('**/api/staffListLocalPlaces', async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  await staff.locator('[data-testid="hours-log"] button').first().click();
  await staff.getByText('Changement annulé.').waitFor();
  assert.equal(await staff.locator('[data-testid^="local-place-local-"]').count(), 0);
  const after = await visitorPlaces();
  assert.equal(await after.getByTestId(`place-${id}`).count(), 0);
  await after.context().close();
  await staff.context().close();
});

test('staff remove a place they added, after a second touch to confirm; visitors no longer find it; undo brings it back', async () => {
  const staff = await openPlaces();
  await staff.getByTestId('place-add').click();
  await staff.getByTestId('place-name').fill('Association d’accueil du Robert');
  await staff.getByTestId('place-theme-care').check();
  await staff.getByTestId('place-save').click();
  await staff.getByText('Lieu « Association d’accueil du Robert » enregistré.').waitFor();
  const listed = staff.locator('[data-testid^="local-place-local-"]');
  const id = (await listed.getAttribute('data-testid'))!.replace('local-place-', '');
  const visitorFinds = async () => {
    const visitor = await visitorPlaces();
    const found = await visitor.getByTestId(`place-${id}`).count();
    await visitor.context().close();
    return found;
  };
  assert.equal(await visitorFinds(), 1);

  const undoButtons = staff.locator('[data-testid="hours-log"] button');
  const logged = await undoButtons.count();
  await listed.click();
  await staff.getByTestId('place-remove').click();
  await staff.getByText('Retirer « Association d’accueil du Robert » ?', { exact: false }).waitFor();
  assert.equal(await undoButtons.count(), logged, 'the first touch only asks');
  await assertNoAxeViolations(staff, 'staff place removal question');
  await staff.getByTestId('place-remove-confirm').click();
  await staff.getByText('Lieu « Association d’accueil du Robert » retiré.').waitFor();
  assert.equal(await listed.count(), 0);
  assert.equal(await undoButtons.count(), logged + 1, 'the removal is in the log, to be undone');
  assert.equal(await visitorFinds(), 0);

  await staff.locator('[data-testid="hours-log"] button').first().click();
  await staff.getByText('Changement annulé.').waitFor();
  assert.equal(await listed.count(), 1);
  assert.equal(await visitorFinds(), 1);
  await staff.context().close();
});
