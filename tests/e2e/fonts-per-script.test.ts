import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { readSettings, writeSettings } from '../../main/services/settings';
import { kioskPage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

/** The font families the page's stylesheets declare, with how many @font-face rules each has. */
function declaredFaces(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const count: Record<string, number> = {};
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSFontFaceRule) {
          const family = rule.style.getPropertyValue('font-family').replace(/['"]/g, '');
          count[family] = (count[family] ?? 0) + 1;
        }
    return count;
  });
}

test('a French and Arabic sheet declares Noto Sans and Noto Sans Arabic only, not every script', async () => {
  const page = await kioskPage(browser);
  const fontRequests: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
  await page.goto(`${host.url}print/checklist/school-enrolment?lang=ar&format=a4`);
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'ready');
  await page.evaluate(() => document.fonts.ready);
  const faces = await declaredFaces(page);
  assert.deepEqual(Object.keys(faces).sort(), ['Noto Sans', 'Noto Sans Arabic'], JSON.stringify(faces));
  assert.ok(!fontRequests.some((u) => /noto-sans-sc|ethiopic|bengali|nastaliq/.test(u)), fontRequests.join('\n'));
  await page.context().close();
});

test('a kiosk offering French, English and Tigrinya loads the Ethiopic face, and no Chinese or Arabic rules', async () => {
  const { languages } = readSettings(host.kiosk.db);
  writeSettings(host.kiosk.db, { languages: ['fr', 'en', 'ti'] });
  try {
    const page = await openStartScreen(browser, host.url);
    const faces = await declaredFaces(page);
    assert.deepEqual(Object.keys(faces).sort(), ['Noto Sans', 'Noto Sans Ethiopic'], JSON.stringify(faces));
    await page.context().close();
  } finally {
    writeSettings(host.kiosk.db, { languages });
  }
});

test('with every language offered, the start screen declares each script its buttons are written in', async () => {
  const page = await openStartScreen(browser, host.url);
  const faces = await declaredFaces(page);
  for (const family of [
    'Noto Sans Arabic',
    'Noto Nastaliq Urdu',
    'Noto Sans Ethiopic',
    'Noto Sans Bengali',
    'Noto Sans SC',
  ])
    assert.ok((faces[family] ?? 0) > 0, `${family}: ${JSON.stringify(faces)}`);
  await page.context().close();
});
