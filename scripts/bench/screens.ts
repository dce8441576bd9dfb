// Screens bench (not a test): `npm run bench -- screens` after building the renderer. The start screen's load and
// the taps that change screen, at this machine's speed and with Chromium's CPU throttled 4× (a cheap kiosk), each
// on a fresh host, beside a floor measured in the same browser: a bare page (no kiosk code) that paints 17 buttons
// from a module script, and swaps its screen on a click, timed the same way.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser';
import { startTestHost } from '../../tests/helpers/host';
import { measureAtEachRate, measureFrom, printColumns, throttledPage, type SamplesByRate } from './_kiosk';
import { homeInteractive, instrument, startPage, tapTo, tapToScreen } from './_screens';
import { loadAverage, percentile } from './_stats';

const runs = Number(process.env.SCREENS_RUNS ?? 15);

/** The floor page: what a browser needs to paint a start screen's buttons, and to swap a screen on a click. */
const floorHtml = `<!doctype html><html><body><script type="module">
const main = (screen, ids) => {
  const m = document.createElement('main');
  m.dataset.screen = screen;
  for (const id of ids) {
    const b = document.createElement('button');
    b.dataset.testid = id;
    b.textContent = id;
    b.style.cssText = 'display:block;width:300px;height:40px';
    m.append(b);
  }
  document.querySelector('main')?.remove();
  document.body.append(m);
};
const start = () => main('themes', ['theme-papers', 'theme-care', 'theme-work', 'theme-rights', 'language-fr']);
document.addEventListener('click', (e) => {
  const id = e.target.dataset.testid;
  if (id?.startsWith('theme-')) main('theme', ['nav-back', ...Array.from({ length: 9 }, (_, i) => 'card-' + i)]);
  if (id === 'nav-back') start();
});
start();
</script></body></html>`;

async function floorPage(browser: Browser, url: string, rate: number): Promise<Page> {
  const page = await throttledPage(browser, rate);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: floorHtml }));
  await instrument(page);
  return page;
}

async function measureAt(browser: Browser, rate: number): Promise<Record<string, number[]>> {
  const host = await startTestHost();
  const floorUrl = `${host.url}bench-floor.html`;
  const out: Record<string, number[]> = {};
  try {
    out.home = await homeInteractive(browser, host.url, runs, rate);
    out.homeFloor = [];
    for (let i = 0; i < runs; i++) {
      const page = await floorPage(browser, floorUrl, rate);
      await page.goto(floorUrl);
      await page.waitForFunction(() => (window as unknown as { __startReady: number }).__startReady > 0);
      out.homeFloor.push(await page.evaluate(() => (window as unknown as { __startReady: number }).__startReady));
      await page.context().close();
    }

    // Choosing a language: a first touch says its name (and starts fetching its strings), a second chooses it.
    out.choose = [];
    for (const code of ['en', 'ar', 'ti', 'ru', 'zh', 'fa', 'fr', 'uk'].slice(0, Math.max(4, Math.ceil(runs / 2)))) {
      const page = await startPage(browser, host, rate);
      await page.waitForTimeout(1500); // the visitor looks at the screen; the visit's screens load meanwhile
      await page.getByTestId(`language-${code}`).tap();
      await page.waitForTimeout(300);
      out.choose.push(await tapTo(page, `language-${code}`, 'themes'));
      await page.context().close();
    }

    const page = await startPage(browser, host, rate);
    await page.getByTestId('language-fr').tap();
    await page.getByTestId('language-fr').tap();
    await page.locator('[data-screen="themes"]').waitFor();
    out.screen = await tapToScreen(page, 2 * runs);
    await page.context().close();

    const floor = await floorPage(browser, floorUrl, rate);
    await floor.goto(floorUrl);
    await floor.locator('[data-screen="themes"]').waitFor();
    out.screenFloor = await tapToScreen(floor, 2 * runs);
    await floor.context().close();
  } finally {
    await host.stop();
  }
  return out;
}

export async function run(): Promise<void> {
  const browser = await launchChromium();
  let byRate: SamplesByRate;
  try {
    byRate = await measureAtEachRate((rate) => measureAt(browser, rate));
  } finally {
    await browser.close();
  }
  console.log(`screens bench (Chromium, browser host, built renderer), ${runs} loads, load ${loadAverage()}`);
  const measure = measureFrom(byRate);
  printColumns([
    measure('home screen interactive after load', 'home', [500, 1500]),
    measure('  floor: bare page paints its buttons', 'homeFloor', [null, null]),
    measure('tap → next screen painted', 'screen', [50, 100]),
    measure('  floor: bare page swaps its screen', 'screenFloor', [null, null]),
    measure('second touch on a language → themes painted', 'choose', [null, null]),
  ]);
  for (const [rate, f] of byRate) {
    const ratio = (a: number[] = [], b: number[] = []) => (percentile(a, 50) / percentile(b, 50)).toFixed(2);
    console.log(
      `CPU ${rate}×, p50 against the floor: home ${ratio(f.home, f.homeFloor)}×, ` +
        `tap → screen ${ratio(f.screen, f.screenFloor)}×`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
