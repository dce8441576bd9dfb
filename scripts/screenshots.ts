// `npx tsx scripts/screenshots.ts`: screenshots of the main screens into docs/screenshots (README shows them).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../main/paths';
import { kioskPage, launchChromium } from '../tests/helpers/browser';
import { startTestHost } from '../tests/helpers/host';

const out = join(projectRoot, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const host = await startTestHost();
const browser = await launchChromium();
try {
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await page.getByTestId('language-fr').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(out, 'start.png') });
  for (const lang of ['fr', 'ar']) {
    await page.goto(host.url);
    await page.getByTestId(`language-${lang}`).tap();
    await page.locator('[data-screen="themes"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, `themes-${lang}.png`) });
  }
} finally {
  await browser.close();
  await host.stop();
}
console.log(`screenshots written to ${out}`);
