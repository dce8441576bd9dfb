import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { enterStaff, setTestPin } from '../helpers/staff';
import { ipcCallCount, transport } from '../helpers/transport';
import { sessionIdleMs } from '../../main/services/staff/gate';

// Runs over the transport chosen by REPERE_TRANSPORT: `npm test` runs it over HTTP and over IPC.
const pin = '135790';
let now = new Date('2026-12-08T10:00:00Z');
let host: TestHost;
let browser: Browser;

e2eFixture(
  { clock: () => now, prepare: (h) => setTestPin(h.kiosk.db, pin) },
  (started) => ({ host, browser } = started),
);

test(`an expired staff session leaves staff mode for the visitor start screen (over ${transport})`, async () => {
  const page = await openStartScreen(browser, host.url);
  await enterStaff(page, pin);
  await page.locator('[data-testid="stats-csv"]:enabled').waitFor();
  await page.getByTestId('staff-tab-settings').click();
  // Every call the settings screen makes on opening (the printer queues take a while) is answered first: a
  // call still in flight when the clock moves would end the session before the tap this test is about.
  await page.locator('.printer-choice[aria-busy="false"]').waitFor();

  // Main's clock passes the session's idle limit: the next staff call is refused with code "denied".
  now = new Date(now.getTime() + sessionIdleMs + 60_000);
  await page.getByTestId('staff-tab-packs').click();
  await page.getByTestId('language-fr').waitFor();
  assert.equal(await page.locator('[data-screen^="staff"]').count(), 0, 'no staff screen is left open');

  const bridge = await page.evaluate(() => typeof (window as { repere?: unknown }).repere);
  if (transport === 'ipc') {
    assert.equal(bridge, 'object', 'the page has the preload bridge');
    assert.ok(ipcCallCount(new URL(host.url).origin) > 0, 'calls went over IPC');
  } else {
    assert.equal(bridge, 'undefined', 'the page calls over HTTP');
  }
  await page.context().close();
});
