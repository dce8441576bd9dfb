// `npx tsx scripts/screenshots.ts`: screenshots of the main screens into docs/screenshots (README shows them).
// Needs the built renderer (`npx vite build --config renderer/vite.config.ts`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../main/paths';
import { chooseLanguage, kioskPage, launchChromium } from '../tests/helpers/browser';
import { startTestHost } from '../tests/helpers/host';
import { openPlacesScreen } from '../tests/helpers/places';
import { writeSettings } from '../main/services/settings';

const out = join(projectRoot, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
// A fixed kiosk time (a Tuesday morning in Martinique) so open/closed states are the same on every run.
const host = await startTestHost({ clock: () => new Date('2026-12-08T13:30:00Z') });
const browser = await launchChromium();

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await page.screenshot({ path: join(out, `${name}.png`) });
}

try {
  const page = await kioskPage(browser);
  // The clock is frozen so the attract loop's invitation does not move between shots.
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-01-05T09:00:01Z'));
  await page.goto(host.url);
  await page.getByTestId('language-fr').waitFor();
  await shot(page, 'start');
  for (const lang of ['fr', 'ar', 'ti']) {
    await page.goto(host.url);
    // First touch: the language is selected (and spoken), its confirm button appears in that language.
    await page.getByTestId(`language-${lang}`).tap();
    await page.getByTestId('language-confirm').waitFor();
    await shot(page, `start-${lang}`);
    await page.goto(host.url);
    await chooseLanguage(page, lang);
    await shot(page, `themes-${lang}`);
    // A theme (its procedures), a procedure (easy-read sentences) and where to go, in the same language.
    await page.getByTestId('theme-care').tap();
    await page.getByTestId('procedure-ame-first-request').waitFor();
    await shot(page, `theme-${lang}`);
    await page.getByTestId('procedure-ame-first-request').tap();
    await page.locator('[data-screen="procedure"]').waitFor();
    await shot(page, `procedure-${lang}`);
  }
  await page.goto(host.url);
  await chooseLanguage(page, 'fr');
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
  await shot(page, 'places-fr');
  // Any département: the places list and the map of Rhône (69) and Guyane (973), in French and in Arabic.
  for (const territory of ['69', '973']) {
    writeSettings(host.kiosk.db, { territory });
    for (const lang of ['fr', 'ar']) {
      await openPlacesScreen(page, host.url, lang);
      await shot(page, `places-${territory}-${lang}`);
      await page.getByTestId('places-map').tap();
      await page.locator('[data-testid="map-pin"]').first().waitFor();
      await shot(page, `map-${territory}-${lang}`);
    }
  }
} finally {
  await browser.close();
  await host.stop();
}
console.log(`screenshots written to ${out}`);
