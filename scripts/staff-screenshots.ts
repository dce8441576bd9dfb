// `npx tsx scripts/staff-screenshots.ts [tab…]`: a screenshot of each staff screen (or of the named ones; 1280×900,
// French, as staff see them) into docs/screenshots/staff-<tab>.png, shown by docs/staff.md. Needs the built renderer.
import { join } from 'node:path';
import { projectRoot } from '../main/paths';
import { kioskPage, launchChromium } from '../tests/helpers/browser';
import { startTestHost } from '../tests/helpers/host';
import { setQuickPin } from '../tests/helpers/pin';
import { enterStaff } from '../tests/helpers/staff';

const all = ['stats', 'hours', 'places', 'print', 'settings', 'packs', 'voice', 'translations'];
const named = process.argv.slice(2);
const tabs = named.length > 0 ? all.filter((t) => named.includes(t)) : all;
const pin = '246810';
// A fixed kiosk time (a Tuesday morning in Martinique), as for the visitor screenshots.
const host = await startTestHost({ clock: () => new Date('2026-12-08T13:30:00Z') });
await setQuickPin(host.kiosk.db, pin);
const browser = await launchChromium();
try {
  const page = await kioskPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(host.url);
  await page.getByTestId('language-fr').waitFor();
  await enterStaff(page, pin);
  for (const tab of tabs) {
    await page.getByTestId(`staff-tab-${tab}`).click();
    await page.locator(`[data-screen="staff-${tab}"]`).waitFor();
    // The places tab is shown with its form open: what staff fill in to add a place.
    if (tab === 'places') await page.getByTestId('place-add').click();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    await page.screenshot({
      path: join(projectRoot, 'docs', 'screenshots', `staff-${tab}.png`),
      fullPage: tab === 'places',
    });
  }
} finally {
  await browser.close();
  await host.stop();
}
