import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { assertNoAxeViolations, launchChromium, openStartScreen } from '../helpers/browser';
import { startTestHost, type TestHost } from '../helpers/host';
import { setQuickPin } from '../helpers/pin';
import { enterStaff } from '../helpers/staff';

const pin = '246810';
let host: TestHost;
let browser: Browser;

before(async () => {
  // A start on a damaged state.json and a database file that is not SQLite: both repaired, both kept aside.
  host = await startTestHost({
    prepareDataDir: (dataDir) => {
      mkdirSync(join(dataDir, 'content'), { recursive: true });
      writeFileSync(join(dataDir, 'content', 'state.json'), '{"current":"../../../etc","backup":null}');
      writeFileSync(join(dataDir, 'repere.sqlite'), 'not a database');
    },
  });
  await setQuickPin(host.kiosk.db, pin);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.stop();
});

test('staff mode tells staff what the start repaired, naming state.json and repere.sqlite and where they were kept', async () => {
  const page = await openStartScreen(browser, host.url);
  await enterStaff(page, pin);
  const notices = page.getByTestId('staff-notices');
  await notices.waitFor();
  const text = await notices.innerText();
  assert.match(text, /Prévenez le service informatique/);
  assert.match(text, /state\.json .*kept as state\.json\.damaged-/);
  assert.match(text, /repere\.sqlite is damaged.*kept aside as repere\.sqlite\.damaged-/);
  assert.equal(await notices.getAttribute('role'), 'alert');
  await assertNoAxeViolations(page, 'staff home with startup notices');
  await page.context().close();
});
