import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, kioskPage } from '../helpers/browser';
import { openPlacesScreen } from '../helpers/places';
import { setTestPin, submitPin } from '../helpers/staff';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

// Tuesday 8 December 2026, 10:00 in Martinique.
const clock = () => new Date('2026-12-08T14:00:00Z');
const pin = '135790';
let host: TestHost;
let browser: Browser;

e2eFixture(
  {
    clock,
    prepare: async (h) => {
      await setTestPin(h.kiosk.db, pin);
    },
  },
  (started) => ({ host, browser } = started),
);

async function lorrainWarning(): Promise<{ page: Page; count: () => Promise<number> }> {
  const page = await kioskPage(browser);
  await openPlacesScreen(page, host.url, 'fr');
  return { page, count: () => page.getByTestId('unsure-fs-le-lorrain').count() };
}

test('staff see where the seed and the national list differ, confirm the content, and the visitor warning goes', async () => {
  const visitor = await lorrainWarning();
  assert.equal(await visitor.count(), 1);
  await visitor.page.context().close();

  const staff = await kioskPage(browser);
  await staff.goto(`${host.url}desk`);
  await staff.locator('[data-screen="staff-pin"]').waitFor();
  await submitPin(staff, pin);
  await staff.getByTestId('staff-tab-hours').click();
  await staff.getByTestId('hours-structure-fs-le-lorrain').click();
  const table = staff.getByTestId('national-fs-555');
  await table.waitFor();
  // Row 555's h_lundi cell is "07:00 - 13:00 / 14:00 - 17:00"; the seed's reading (We-Fr) has Monday closed.
  const monday = table.locator('tr', { has: staff.locator('th', { hasText: /^Mo$/ }) });
  assert.match(await monday.innerText(), /closed\s+07:00-13:00,14:00-17:00/);
  assert.match(await staff.getByTestId('national-status').innerText(), /diffèrent/);
  await assertNoAxeViolations(staff, 'staff hours, national difference');
  await staff.getByTestId('national-keep-content').click();
  await staff
    .getByTestId('hours-message')
    .filter({ hasText: /confirmés le 2026-12-08/ })
    .waitFor();
  await staff.context().close();

  const after = await lorrainWarning();
  assert.equal(await after.count(), 0);
  await after.page.context().close();
});
