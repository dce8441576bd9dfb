// `npx tsx scripts/screenshots.ts`: screenshots of every visitor screen, landscape 1280×900 and portrait
// 1080×1920 (`<name>.png` and `<name>-portrait.png`), then the places and map of other départements (landscape),
// into docs/screenshots (README shows them).
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
const orientations = [
  { suffix: '', viewport: { width: 1280, height: 900 } },
  { suffix: '-portrait', viewport: { width: 1080, height: 1920 } },
];

const shooter =
  (suffix: string) =>
  async (page: Page, name: string): Promise<void> => {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    await page.screenshot({ path: join(out, `${name}${suffix}.png`) });
  };

try {
  for (const { suffix, viewport } of orientations) {
    const shot = shooter(suffix);
    const page = await kioskPage(browser, { viewport });
    // A fake clock that keeps running (the visit's screens load on timers, which a paused clock would hold), so
    // the idle question can be brought forward below.
    await page.clock.install();
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
      // A theme (its procedures), a procedure (easy-read sentences), its checklist and the agent card.
      await page.getByTestId('theme-care').tap();
      await page.getByTestId('procedure-ame-first-request').waitFor();
      await shot(page, `theme-${lang}`);
      await page.getByTestId('procedure-ame-first-request').tap();
      await page.locator('[data-screen="procedure"]').waitFor();
      await shot(page, `procedure-${lang}`);
      await page.getByTestId('to-checklist').tap();
      await page.locator('[data-screen="checklist"]').waitFor();
      await shot(page, `checklist-${lang}`);
      await page.getByTestId('show-agent').tap();
      await page.getByTestId('agent-qr').waitFor();
      await shot(page, `agent-card-${lang}`);
    }
    await page.goto(host.url);
    await chooseLanguage(page, 'fr');
    await page.getByTestId('theme-papers').tap();
    await page.getByTestId('theme-places').tap();
    await page.locator('[data-screen="places"] .place-list').waitFor();
    await shot(page, 'places-fr');
    await page.locator('[data-testid="place-fs-le-precheur"] .place-card__button').tap();
    await page.getByTestId('week-table').waitFor();
    await shot(page, 'place-fr');
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('places-map').tap();
    await page.getByTestId('map-pin').first().tap();
    await page.getByTestId('map-cards').waitFor();
    await shot(page, 'map-fr');
    await page.getByTestId('nav-home').tap();
    await chooseLanguage(page, 'ar');
    await page.clock.fastForward(91_000);
    await page.getByTestId('idle-dialog').waitFor();
    await shot(page, 'idle-ar');
    await page.context().close();
  }
  // Any département: the places list and the map of Rhône (69) and Guyane (973), in French and in Arabic.
  const shot = shooter('');
  const page = await kioskPage(browser);
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
