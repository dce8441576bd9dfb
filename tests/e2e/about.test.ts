import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { readJson } from '../helpers/content';
import { assertNoAxeViolations, kioskPage } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

test('the About screen credits OpenMoji (CC BY-SA 4.0) and the other licences, with the content version', async () => {
  const fr = JSON.parse(readFileSync(join(projectRoot, 'renderer/locales/fr.json'), 'utf8')) as {
    about: Record<string, string>;
  };
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await page.getByTestId('about-open').tap();
  await page.locator('[data-screen="about"]').waitFor();
  const pictograms = await page.getByTestId('about-pictograms').innerText();
  assert.equal(pictograms, fr.about.pictograms);
  assert.match(pictograms, /OpenMoji.*CC BY-SA 4\.0/);
  assert.match(await page.getByTestId('about-software').innerText(), /GPL-3\.0/);
  const version = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion;
  assert.ok((await page.getByTestId('about-content').innerText()).includes(version));
  const close = (await page.getByTestId('about-close').boundingBox())!;
  assert.ok(close.height >= 96, `close is ${close.height} px high`);
  await assertNoAxeViolations(page, 'about');
  await page.getByTestId('about-close').tap();
  await page.locator('[data-screen="start"]').waitFor();
  await page.context().close();
});
