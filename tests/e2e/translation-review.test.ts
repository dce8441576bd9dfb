import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { installAudioProbe, waitForSound } from '../helpers/audio-probe';
import { assertNoAxeViolations, chooseLanguage, kioskPage } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { setTestPin, submitPin } from '../helpers/staff';

const pin = '975310';
let host: TestHost;
let browser: Browser;

e2eFixture(
  {
    clock: () => new Date('2026-11-30T10:00:00Z'),
    prepare: async (h) => {
      await setTestPin(h.kiosk.db, pin);
    },
  },
  (started) => ({ host, browser } = started),
);

/** The desk configuration (/desk), the translations tab, Tigrinya chosen, the reviewer signed in by keyboard. */
async function openReview(): Promise<Page> {
  const page = await kioskPage(browser, { hasTouch: false });
  await installAudioProbe(page);
  await page.goto(`${host.url}desk`);
  await page.locator('[data-screen="staff-pin"]').waitFor();
  await submitPin(page, pin);
  await page.getByTestId('staff-tab-translations').click();
  await page.locator('[data-screen="staff-translations"]').waitFor();
  await page.getByTestId('translations-reviewer').click();
  await page.keyboard.type('Selam T., ISM Interprétariat');
  await page.getByTestId('translations-lang-ti').click();
  return page;
}

async function openString(page: Page, key: string): Promise<void> {
  await page.getByTestId('translations-filter-all').click();
  await page.getByTestId(`translations-item-${key}`).click();
  await page.getByTestId('translation-review').waitFor();
}

/** Replaces the correction field's text by typing, as on the desk's physical keyboard. */
async function typeCorrection(page: Page, text: string): Promise<void> {
  await page.getByTestId('translation-text').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const reviewedCount = async (page: Page) => Number(await page.getByTestId('translations-reviewed-ti').innerText());

test('desk review: French beside the text, its spoken form heard, a keyboard correction saved and shown to visitors', async () => {
  const page = await openReview();
  assert.equal(await reviewedCount(page), 0);
  await openString(page, 'ui:themes.title');
  assert.equal(await page.getByTestId('translation-french').innerText(), 'De quoi avez-vous besoin ?');
  assert.equal(await page.getByTestId('translation-where').innerText(), 'Écran des thèmes — lu à voix haute');
  await assertNoAxeViolations(page, 'translation review');

  // The spoken form: Tigrinya is synthesised, and the page's real audio output carries it.
  await page.getByTestId('translation-listen').click();
  assert.ok((await waitForSound(page)) > 0.02, 'the string is heard');
  await page.getByTestId('translation-heard').getByText('voix de synthèse').waitFor();

  const corrected = 'እንታይ ኢዩ ዘድልየኩም?';
  await typeCorrection(page, corrected);
  assert.equal(await page.getByTestId('translation-preview').innerText(), corrected, 'the preview follows the typing');
  await page.getByTestId('translation-save').click();
  await page.getByTestId('translation-outcome').getByText('Enregistré').waitFor();
  await page.locator('[data-testid="translation-review"] [data-status="reviewed"]').waitFor();
  await page.getByTestId('translations-reviewed-ti').getByText('1').waitFor();

  // A visitor choosing Tigrinya now reads the corrected title.
  const visitor = await kioskPage(browser);
  await visitor.goto(host.url);
  await chooseLanguage(visitor, 'ti');
  await visitor.getByRole('heading', { name: corrected }).waitFor();
});

test('desk review: a correction that breaks the checks is refused with its reason and changes nothing', async () => {
  const page = await openReview();
  const before = await reviewedCount(page);
  await openString(page, 'ui:places.openUntil');
  const original = await page.getByTestId('translation-text').inputValue();
  await typeCorrection(page, 'ክፉት ክሳብ ሰዓት');
  await page.getByTestId('translation-save').click();
  await page.locator('[data-testid="translation-outcome"] [data-problem="placeholders"]').waitFor();
  assert.match(await page.getByTestId('translation-outcome').innerText(), /le français a : \{\{time\}\}/);
  await assertNoAxeViolations(page, 'refused correction');
  assert.equal(await reviewedCount(page), before);

  // Marking a string correct as it stands: the reviewer's name goes with it.
  await openString(page, 'ui:nav.back');
  await page.getByTestId('translation-correct').click();
  await page.getByTestId('translation-outcome').getByText('Enregistré').waitFor();
  await page.getByText('Selam T., ISM Interprétariat, 2026-11-30').waitFor();
  await page
    .getByTestId('translations-reviewed-ti')
    .getByText(String(before + 1))
    .waitFor();

  const fresh = await openReview();
  await openString(fresh, 'ui:places.openUntil');
  assert.equal(await fresh.getByTestId('translation-text').inputValue(), original, 'the refused text was not kept');
});
