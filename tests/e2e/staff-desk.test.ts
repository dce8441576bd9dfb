import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, chooseLanguage, kioskPage, launchChromium } from '../helpers/browser';
import { setTestPin, submitPin } from '../helpers/staff';
import { startTestHost, type TestHost } from '../helpers/host';
import type { PrintJob } from '../../main/services/printing';

// Tuesday 8 December 2026, 10:00 in Martinique (UTC-4). Le Prêcheur's content hours: Mo-Fr 08:00-12:00.
const clock = () => new Date('2026-12-08T14:00:00Z');
const pin = '135790';
let host: TestHost;
let bare: TestHost;
let browser: Browser;
const jobs: PrintJob[] = [];

before(async () => {
  host = await startTestHost({ clock, printer: { print: async (job) => void jobs.push(job) } });
  bare = await startTestHost({ clock });
  for (const h of [host, bare]) await setTestPin(h.kiosk.db, pin);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.stop();
  await bare?.stop();
});

/** The desk entry: /desk opens the PIN pad directly (what a "desk" machine's window loads). */
async function openDesk(h: TestHost, tab: 'hours' | 'print'): Promise<Page> {
  const page = await kioskPage(browser);
  await page.goto(`${h.url}desk`);
  await page.locator('[data-screen="staff-pin"]').waitFor();
  await submitPin(page, pin);
  await page.getByTestId(`staff-tab-${tab}`).click();
  await page.locator(`[data-screen="staff-${tab}"]`).waitFor();
  return page;
}

/** A visitor's places screen for the "papers" theme, in a separate browser context (another screen). */
async function visitorCard(lang = 'fr'): Promise<{ page: Page; state: () => Promise<string | null> }> {
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await chooseLanguage(page, lang);
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
  return { page, state: () => page.getByTestId('state-fs-le-precheur').getAttribute('data-state') };
}

async function assertTouchSized(page: Page, selector: string) {
  for (const box of await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
    assert.ok(box.width >= 96 && box.height >= 96, `${selector} is ${box.width}x${box.height}`);
}

test('leaving the desk comes back to its PIN pad, never to a visitor screen', async () => {
  const page = await openDesk(host, 'hours');
  await page.getByTestId('staff-leave').click();
  await page.locator('[data-screen="staff-pin"]').waitFor();
  assert.equal(await page.getByTestId('language-fr').count(), 0);
  await page.context().close();
});

test('hours: live validation, preview, save; the visitor card changes; a closure shows its reason; undo', async () => {
  const before = await visitorCard();
  assert.equal(await before.state(), 'open');
  await before.page.context().close();

  const staff = await openDesk(host, 'hours');
  await staff.getByTestId('hours-structure-fs-le-precheur').waitFor();
  await assertTouchSized(staff, '.hours-structure');
  await assertNoAxeViolations(staff, 'staff hours list');
  await staff.getByTestId('hours-structure-fs-le-precheur').click();
  const input = staff.getByTestId('hours-input');
  await input.fill('Mo-Fr 13:00-17:00; Sa 09:00-');
  const problem = staff.getByTestId('hours-problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /caractère \d+/);
  assert.ok(await staff.getByTestId('hours-save').isDisabled(), 'invalid hours cannot be saved');
  await input.fill('Mo-Fr 13:00-17:00');
  const today = staff.locator('[data-testid="hours-preview"] tr[data-date="2026-12-08"]');
  await today.waitFor();
  assert.match(await today.innerText(), /mardi 8 décembre\s+13:00–17:00/);
  assert.match(await staff.locator('tr[data-date="2026-12-12"]').innerText(), /Fermé/, 'Saturday');
  assert.equal(await staff.locator('[data-testid="hours-preview"] tbody tr').count(), 14);
  await assertTouchSized(staff, '[data-screen="staff-hours"] .staff-button');
  await assertNoAxeViolations(staff, 'staff hours editor');
  await staff.getByTestId('hours-save').click();
  await staff.getByText('Horaires de « France Services Le Prêcheur » enregistrés.').waitFor();

  let visitor = await visitorCard();
  assert.equal(await visitor.state(), 'closed', 'open → closed at once');
  assert.match(await visitor.page.getByTestId('state-fs-le-precheur').innerText(), /aujourd'hui à 13:00/i);
  await visitor.page.context().close();

  await staff.getByTestId('hours-closure-from').fill('2026-12-08');
  await staff.getByTestId('hours-closure-until').fill('2026-12-10');
  await staff.getByTestId('hours-closure-reason').selectOption('closure.works');
  await staff.getByTestId('hours-closure-set').click();
  await staff.getByTestId('hours-closure-current').waitFor();
  visitor = await visitorCard('ar');
  assert.equal(await visitor.state(), 'temporarily-closed');
  assert.match(await visitor.page.getByTestId('closure-fs-le-precheur').innerText(), /مغلق بسبب أشغال/);
  await visitor.page.context().close();

  // The log shows both changes, newest first; undo the closure, then the hours.
  const undos = staff.locator('[data-testid="hours-log"] button');
  assert.equal(await undos.count(), 2);
  assert.match(await staff.getByTestId('hours-log').innerText(), /Fermeture[\s\S]*Horaires/);
  await undos.first().click();
  await staff.getByText('Changement annulé.').waitFor();
  visitor = await visitorCard();
  assert.equal(await visitor.state(), 'closed', 'closure undone, staff hours still in force');
  await visitor.page.context().close();
  await staff
    .locator('[data-testid="hours-log"] li', { hasText: 'Mo-Fr 13:00-17:00' })
    .last()
    .locator('button')
    .click();
  await staff.getByTestId('hours-input').waitFor();
  await staff.waitForFunction(() =>
    (document.querySelector('[data-testid="hours-input"]') as HTMLInputElement).value.startsWith('Mo-Fr 08:00'),
  );
  visitor = await visitorCard();
  assert.equal(await visitor.state(), 'open', 'the content hours are back');
  await visitor.page.context().close();
  await staff.context().close();
});

test('print for a visitor: Arabic and Tigrinya sheets (each beside French), previewed, printed on receipts', async () => {
  const page = await openDesk(host, 'print');
  await page.getByTestId('print-procedure').selectOption('school-enrolment');
  await page.getByTestId('print-lang-ar').check();
  await page.getByTestId('print-lang-ti').check();
  await page.getByTestId('print-format-receipt').check();
  const ar = page.getByTestId('print-preview-ar');
  await ar.locator('[data-testid="sheet"].sheet--receipt').waitFor();
  assert.ok((await ar.locator('.sheet__visitor[lang="ar"]').count()) > 3, 'the Arabic side is in the preview');
  assert.ok((await ar.locator('.sheet__fr[lang="fr"]').count()) > 3, 'beside French');
  await page.getByTestId('print-preview-ti').locator('.sheet__visitor[lang="ti"]').first().waitFor();
  await assertTouchSized(page, '.print-languages label');
  await assertTouchSized(page, '[data-testid="print-go"]');
  await assertNoAxeViolations(page, 'staff print');
  jobs.length = 0;
  await page.getByTestId('print-go').click();
  await page.getByText('Impression terminée : 2 feuille(s).').waitFor();
  assert.deepEqual(
    jobs.map((j) => j.path),
    [
      '/print/checklist/school-enrolment?lang=ar&format=receipt',
      '/print/checklist/school-enrolment?lang=ti&format=receipt',
    ],
  );
  await page.context().close();
});

test('print with no printer configured: a clear message, nothing lost', async () => {
  const page = await openDesk(bare, 'print');
  await page.getByTestId('print-procedure').selectOption('school-enrolment');
  await page.getByTestId('print-lang-ar').check();
  await page.getByTestId('print-go').click();
  const alert = page.locator('[data-testid="print-outcome"][role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Aucune imprimante n'est configurée sur ce poste/);
  assert.ok(await page.getByTestId('print-lang-ar').isChecked(), 'the choice is kept for a retry');
  await assertNoAxeViolations(page, 'staff print, no printer');
  await page.context().close();
});
