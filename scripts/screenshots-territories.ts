// `npx tsx scripts/screenshots-territories.ts`: the places list and the map of Rhône (69) and Guyane (973), in
// French and Arabic, into docs/screenshots (the README shows them). Needs the built renderer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../main/paths';
import { writeSettings } from '../main/services/settings';
import { chooseLanguage, kioskPage, launchChromium } from '../tests/helpers/browser';
import { startTestHost } from '../tests/helpers/host';

const out = join(projectRoot, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
// A fixed kiosk time, Tuesday 8 December 2026 at 13:00 UTC: 10:00 in Guyane, 14:00 in Lyon.
const host = await startTestHost({ clock: () => new Date('2026-12-08T13:00:00Z') });
const browser = await launchChromium();

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await page.screenshot({ path: join(out, `${name}.png`) });
}

try {
  for (const territory of ['69', '973']) {
    writeSettings(host.kiosk.db, { territory });
    for (const lang of ['fr', 'ar']) {
      const page = await kioskPage(browser);
      await page.goto(host.url);
      await chooseLanguage(page, lang);
      await page.getByTestId('theme-papers').tap();
      await page.getByTestId('theme-places').tap();
      await page.locator('[data-screen="places"] .place-list').waitFor();
      await shot(page, `places-${territory}-${lang}`);
      await page.getByTestId('places-map').tap();
      await page.locator('[data-testid="map-pin"]').first().waitFor();
      await shot(page, `map-${territory}-${lang}`);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await host.stop();
}
console.log(`screenshots written to ${out}`);
