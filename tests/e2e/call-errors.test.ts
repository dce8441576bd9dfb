import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { CallError } from '../../common/api/contract';
import { CallFailure } from '../../main/api/errors';
import { assertNoAxeViolations, chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import { e2eFixture } from '../helpers/e2e';
import type { TestHost } from '../helpers/host';
import { readLocale } from '../helpers/locales';
import { enterStaff, setTestPin } from '../helpers/staff';
import { transport } from '../helpers/transport';

// The code listProcedures fails with in the next visit; null: it answers as usual.
let failWith: CallError['code'] | null = null;
// The code staffListPacks fails with (the staff packs panel); null: it answers as usual.
let packsFailWith: CallError['code'] | null = null;
const pin = '482915';
let host: TestHost;
let browser: Browser;
e2eFixture(
  {
    handlers: (real) => ({
      ...real,
      listProcedures: (input) => {
        if (failWith) throw new CallFailure({ code: failWith, message: 'made to fail by the test' });
        return real.listProcedures(input);
      },
      staffListPacks: (input) => {
        if (packsFailWith) throw new CallFailure({ code: packsFailWith, message: 'made to fail by the test' });
        return real.staffListPacks(input);
      },
    }),
    prepare: (h) => setTestPin(h.kiosk.db, pin),
  },
  (started) => ({ host, browser } = started),
);

const en = readLocale('en') as { errors: { call: Record<string, string> } };

/** The message the theme screen shows when listing its procedures fails with `code`. */
async function themeScreenFailure(code: CallError['code']) {
  failWith = code;
  const page = await openStartScreen(browser, host.url);
  await chooseLanguage(page, 'en');
  await page.getByTestId('theme-papers').tap();
  const notice = page.locator('[data-screen="theme"] [role="alert"][data-error-code]');
  await notice.waitFor();
  const shown = { code: await notice.getAttribute('data-error-code'), text: (await notice.innerText()).trim() };
  await assertNoAxeViolations(page, `theme screen failed with ${code}`);
  await page.context().close();
  failWith = null;
  return shown;
}

test(`each error code reaches the screen as its own message (over ${transport})`, async () => {
  const badCall = await themeScreenFailure('bad-call');
  assert.deepEqual(badCall, { code: 'bad-call', text: en.errors.call.badCall });
  const denied = await themeScreenFailure('denied');
  assert.deepEqual(denied, { code: 'denied', text: en.errors.call.denied });
  const failed = await themeScreenFailure('failed');
  assert.deepEqual(failed, { code: 'failed', text: en.errors.call.failed });
  assert.equal(new Set([badCall.text, denied.text, failed.text]).size, 3, 'three codes, three messages');
});

test(`a theme whose procedures load is not an error screen (over ${transport})`, async () => {
  const page = await openStartScreen(browser, host.url);
  await chooseLanguage(page, 'en');
  await page.getByTestId('theme-papers').tap();
  await screenShown(page, 'theme');
  assert.equal(await page.locator('[data-error-code]').count(), 0);
  await page.context().close();
});

// The procedure lists are asked once per visit (features/themes/procedure-lists.ts): a failed call must not stick.
test(`a theme whose procedures failed to load is asked again when the visitor comes back to it (over ${transport})`, async () => {
  failWith = 'busy';
  const page = await openStartScreen(browser, host.url);
  await chooseLanguage(page, 'en');
  await page.getByTestId('theme-papers').tap();
  await page.locator('[data-screen="theme"] [role="alert"][data-error-code="busy"]').waitFor();
  failWith = null;
  await page.getByTestId('nav-back').tap();
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('procedures').waitFor();
  assert.equal(await page.locator('[data-error-code]').count(), 0);
  await page.context().close();
});

// Issue 25: a full disk and content another process is changing reached staff as "the operation failed".
test(`a full disk and a busy kiosk reach the staff screen as their own messages (over ${transport})`, async () => {
  const fr = readLocale('fr') as { staff: { error: string; errors: Record<string, string> } };
  const shown: Record<string, string> = {};
  for (const code of ['disk-full', 'busy', 'failed'] as const) {
    packsFailWith = code;
    const page = await openStartScreen(browser, host.url);
    await enterStaff(page, pin);
    await page.getByTestId('staff-tab-packs').click();
    shown[code] = (await page.getByTestId('packs-failed').innerText()).trim();
    await page.context().close();
  }
  packsFailWith = null;
  assert.deepEqual(shown, {
    'disk-full': fr.staff.errors.diskFull,
    busy: fr.staff.errors.busy,
    failed: fr.staff.error,
  });
});

// Issue 24: choosing a language had no error path; a failed load made the tap do nothing.
test(`a language whose strings do not load: the start screen says why, and a later tap opens it (over ${transport})`, async () => {
  const fr = readLocale('fr') as { errors: { call: Record<string, string> } };
  const page = await openStartScreen(browser, host.url);
  let blocked = true;
  await page.route(/\/assets\/en-[^/]*\.js$/, (route) => (blocked ? route.abort() : route.continue()));
  // A language button speaks its name at the first touch and opens the visit at the second.
  await page.getByTestId('language-en').tap();
  await page.getByTestId('language-en').tap();
  const notice = page.getByTestId('choose-failed');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('data-error-code'), 'failed');
  assert.equal((await notice.innerText()).trim(), fr.errors.call.failed);
  assert.equal(await page.locator('[data-screen="themes"]').count(), 0, 'the visit did not open half-loaded');
  blocked = false;
  // The language stays selected: the next touch on it tries again, and opens the visit.
  await page.getByTestId('language-en').tap();
  await page.locator('[data-screen="themes"]').waitFor();
  assert.equal(await page.getByTestId('choose-failed').count(), 0, 'the notice goes with the failure');
  await page.context().close();
});
