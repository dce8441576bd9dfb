import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { chooseLanguage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { writeSettings } from '../../main/services/settings';
import { enterStaff, installPageClock, setTestPin } from '../helpers/staff';

// A kiosk in the Rhône (Europe/Paris): at 23:30 UTC it is already 00:30 on the 26th there, and the kiosk counts the
// visit on the 26th. A desk whose browser runs on UTC must still show it: the stats screen's days are the kiosk's.
const at = new Date('2026-11-25T23:30:00Z');
const pin = '135790';
let host: TestHost;
let browser: Browser;

e2eFixture(
  { clock: () => at, prepare: (h) => (writeSettings(h.kiosk.db, { territory: '69' }), setTestPin(h.kiosk.db, pin)) },
  (started) => ({ host, browser } = started),
);

test('stats open on the kiosk’s day: a visit at 00:30 in Paris shows on a desk whose browser is on UTC', async () => {
  const page = await openStartScreen(browser, host.url, {
    context: { timezoneId: 'UTC' },
    prepare: (p) => installPageClock(p, at),
  });
  await chooseLanguage(page, 'ps');
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('language-fr').waitFor();
  await enterStaff(page, pin);
  const chart = page.locator('figure.stats-chart svg');
  await chart.first().waitFor();
  assert.equal(await page.getByTestId('stats-to').inputValue(), '2026-11-26');
  assert.equal(await page.getByTestId('stats-from').inputValue(), '2026-10-28');
  const labels = await chart.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')));
  assert.ok(labels.includes('Visites: Visites 1'), JSON.stringify(labels));
  assert.ok(labels.includes('Visites par jour: 2026-11-26 1'), JSON.stringify(labels));
  await page.context().close();
});
