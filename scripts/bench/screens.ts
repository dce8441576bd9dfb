// Screens bench (not a test): `npm run bench -- screens` after building the renderer. The start screen's load and
// the taps that change screen, at this machine's speed and with Chromium's CPU throttled 4× (a cheap kiosk), each
// on a fresh host, quiet and then busy (two processes spinning beside it, scripts/bench/_busy.ts), each figure beside
// a floor measured in the same browser and run: a bare page (no kiosk code) that paints buttons from a module
// script, swaps its screen on a click, or swaps a start screen for a list as large as the kiosk's themes screen.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser';
import { quietAndBusy } from './_busy';
import { benchHost, cpuRates, measureAtEachRate, throttledPage } from './_kiosk';
import { homeInteractive, instrument, readyToTime, startPage, startedAt, tapTo, tapToScreen } from './_screens';
import { floorGoal, p95Goal, printFloorTable, type FloorRow } from './_stats';

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

/** The floor of choosing a language: a start screen of 17 buttons; a click swaps it for `size` new elements. */
const chooseFloorHtml = (size: number) => `<!doctype html><html><body><script type="module">
const main = (screen, count, make) => {
  const m = document.createElement('main');
  m.dataset.screen = screen;
  for (let i = 0; i < count; i++) m.append(make(i));
  document.querySelector('main')?.remove();
  document.body.append(m);
};
const button = (id) => {
  const b = document.createElement('button');
  b.dataset.testid = id;
  b.textContent = id;
  return b;
};
document.addEventListener('click', (e) => {
  if (!e.target.dataset.testid?.startsWith('language-')) return;
  main('themes', ${size}, (i) => Object.assign(document.createElement(i % 3 ? 'span' : 'div'), { textContent: 'item ' + i }));
});
main('start', 17, (i) => button('language-' + i));
</script></body></html>`;

async function floorPage(browser: Browser, url: string, rate: number, body = floorHtml): Promise<Page> {
  const page = await throttledPage(browser, rate);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await instrument(page);
  return page;
}

async function measureAt(browser: Browser, rate: number): Promise<Record<string, number[]>> {
  const host = await benchHost();
  const floorUrl = `${host.url}bench-floor.html`;
  const out: Record<string, number[]> = {};
  try {
    out.home = await homeInteractive(browser, host.url, runs, rate);
    out.homeFloor = [];
    for (let i = 0; i < runs; i++) {
      const page = await floorPage(browser, floorUrl, rate);
      await page.goto(floorUrl);
      out.homeFloor.push(await startedAt(page));
      await page.context().close();
    }

    // Choosing a language: a first touch says its name (and starts fetching its strings), a second chooses it.
    out.choose = [];
    let themesSize = 0;
    for (const code of ['en', 'ar', 'ti', 'ru', 'zh', 'fa', 'fr', 'uk'].slice(0, Math.max(4, Math.ceil(runs / 2)))) {
      const page = await startPage(browser, host, rate);
      await page.waitForTimeout(1500); // the visitor looks at the screen; the visit's screens load meanwhile
      await page.getByTestId(`language-${code}`).tap();
      await page.waitForTimeout(300);
      out.choose.push(await tapTo(page, `language-${code}`, 'themes'));
      themesSize = await page.evaluate(() => document.body.querySelectorAll('*').length);
      await page.context().close();
    }
    out.chooseFloor = [];
    for (let i = 0; i < out.choose.length; i++) {
      const page = await floorPage(browser, floorUrl, rate, chooseFloorHtml(themesSize));
      await page.goto(floorUrl);
      await page.getByTestId('language-3').waitFor();
      await readyToTime(page);
      await page.waitForTimeout(300);
      out.chooseFloor.push(await tapTo(page, 'language-3', 'themes'));
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
    await readyToTime(floor);
    out.screenFloor = await tapToScreen(floor, 2 * runs);
    await floor.context().close();
  } finally {
    await host.stop();
  }
  return out;
}

/** Each figure with its floor and goal, at one CPU rate (the choice's goal depends on the rate). */
const figures = (rate: number) =>
  [
    ['home interactive after load', 'home', 'homeFloor', floorGoal(2, ['p50', 'p95'])],
    ['tap → next screen painted', 'screen', 'screenFloor', floorGoal(1.5, ['p95'])],
    ['language chosen → themes painted', 'choose', 'chooseFloor', p95Goal(rate === 1 ? 100 : 300)],
  ] as const;

export async function run(): Promise<void> {
  const browser = await launchChromium();
  try {
    const modes = await quietAndBusy(`screens (${runs} loads)`, () =>
      measureAtEachRate((rate) => measureAt(browser, rate)),
    );
    const rows: FloorRow[] = [];
    for (const index of figures(1).keys())
      for (const { mode, load, result } of modes)
        for (const rate of cpuRates) {
          const [figure, key, floorKey, goal] = figures(rate)[index]!;
          const f = result.get(rate) ?? {};
          const condition = `${mode}, CPU ${rate}× (load ${load})`;
          rows.push({ figure, condition, samples: f[key] ?? [], floor: f[floorKey] ?? [], goal });
        }
    printFloorTable(rows);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
