import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openStartScreen, screenShown } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { readJson } from '../helpers/content';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { makeFolderPack, zipFolder } from '../helpers/packs';
import { withTemp } from '../helpers/temp';
import { defaultContentDir } from '../../main/paths';

let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

const shippedThemes = readJson<{ id: string }[]>(defaultContentDir, 'themes.json').map((theme) => theme.id);

/** The themes a visit's first screen offers, in order. */
function themesShown(page: Page): Promise<string[]> {
  return page
    .locator('main[data-screen="themes"] [data-testid^="theme-"]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')!.slice('theme-'.length)));
}

test('content imported beside the running kiosk (repere --cli import) reaches the next visitor from a first touch', async (t) => {
  const dir = withTemp(t);
  const pack = await zipFolder(
    makeFolderPack(join(dir, 'small'), { version: '2099.03.04-1', themes: 2 }),
    join(dir, 'small.zip'),
  );
  const page = await openStartScreen(browser, host.url);
  // The start screen was loaded with the shipped content; IT imports a pack from another process meanwhile.
  const imported = runCli(['import', pack, '--data-dir', host.dataDir]);
  assert.equal(imported.status, 0, imported.stderr);

  // The next visitor's first touch says their language's name, and asks whether the content changed.
  const themesAsked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/listThemes', {
    timeout: 10_000,
  });
  await page.getByTestId('language-fr').tap();
  await themesAsked.catch(() => undefined); // not asked: the themes below say which content the visit got
  await page.getByTestId('language-fr').tap();
  await page.locator('main[data-screen="themes"]').waitFor();
  assert.deepEqual(await themesShown(page), shippedThemes.slice(0, 2), 'the themes of the pack just imported');
  // Its first theme opens on the new content's list.
  await page.getByTestId(`theme-${shippedThemes[0]}`).tap();
  await screenShown(page, 'theme');
  await page.context().close();
});
