// Speech and responsiveness bench (not a test): `npx tsx scripts/bench/speech.ts` after building the renderer
// (`npx vite build --config renderer/vite.config.ts`). Prints medians and p95 against the targets, at this
// machine's speed and with Chromium's CPU throttled 4× (a low-end kiosk), each run on its own fresh host.
// Times are taken inside the page on one clock (performance.now): the tap's pointerdown timeStamp, the frame
// after the next screen appears, and the first audible sample at a probe placed before the speakers, both as
// rendered on the audio clock (mapped with AudioContext.getOutputTimestamp) and as the probe's main-thread
// callback saw it (which adds any main-thread work, such as rendering the next screen, and one 256-frame block).
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { saveRecordedClip } from '../../main/services/clips';
import { supportedLocales } from '../../common/locales';
import { encodeWav, espeakVoiceFor } from '../../common/speech/espeak-engine';
import { resetProbe } from '../../tests/helpers/audio-probe';
import { launchChromium } from '../../tests/helpers/browser';
import { benchHost, measureAtEachRate, measureFrom, printColumns, throttledPage, type SamplesByRate } from './_kiosk';
import { loadAverage } from './_stats';
import { homeInteractive, instrument, tapToScreen } from './_screens';
import { armFirstSound, firstSoundAt, installFirstSound } from './_first-sound';
import type { TestHost } from '../../tests/helpers/host';

const voiced = supportedLocales.filter((c) => espeakVoiceFor(c));

interface SoundTiming {
  /** Tap → the first audible sample rendered, on the audio clock mapped to performance.now(). */
  output: number;
  /** Tap → the probe's main-thread callback seeing it (adds main-thread delays, e.g. a screen rendering). */
  seen: number;
  /** Tap → the first audible sample as an AudioWorklet saw it on the audio thread, mapped the same way (NaN: none). */
  worklet: number;
}

/** What the kiosk speaks when touched (renderer/src/speech/phrases.ts, speakableSelector). */
const speakableSelector = '[data-speak], button, a, [role="button"], h1, h2, h3, p, li, label';

/** Silences the output (a touch on nothing speakable), then taps `testId` and times its first audible sample. */
async function tapToSound(page: Page, testId: string): Promise<SoundTiming> {
  await page.locator('main[data-screen]').waitFor();
  // A corner of the screen where nothing speakable (or navigable) lies: screens differ in what fills them.
  const quiet = await page.evaluate((selector) => {
    const m = document.querySelector('main[data-screen]')!.getBoundingClientRect();
    const corners: [number, number][] = [
      [m.left + 4, m.bottom - 4],
      [m.right - 4, m.bottom - 4],
      [m.left + 4, m.top + 4],
    ];
    const spot = corners.find(([x, y]) => !document.elementFromPoint(x, y)?.closest(selector));
    return spot ?? corners[0]!;
  }, speakableSelector);
  await page.touchscreen.tap(quiet[0], quiet[1]);
  await page.waitForTimeout(120);
  await resetProbe(page);
  await armFirstSound(page);
  await page.getByTestId(testId).tap();
  await page.waitForFunction(
    () => (window as unknown as { __audioProbe: { firstSoundAt: number | null } }).__audioProbe.firstSoundAt !== null,
    undefined,
    { timeout: 10000 },
  );
  const timing = await page.evaluate(() => {
    const w = window as unknown as {
      __tapAt: number;
      __audioProbe: { firstSoundAt: number; firstSoundOutputAt: number | null };
    };
    const seen = w.__audioProbe.firstSoundAt - w.__tapAt;
    return {
      tapAt: w.__tapAt,
      seen,
      output: (w.__audioProbe.firstSoundOutputAt ?? w.__audioProbe.firstSoundAt) - w.__tapAt,
    };
  });
  const at = await firstSoundAt(page, 1000);
  return { seen: timing.seen, output: timing.output, worklet: at === null ? NaN : at - timing.tapAt };
}

async function openKiosk(browser: Browser, host: TestHost, rate: number): Promise<Page> {
  const page = await throttledPage(browser, rate, { bypassCSP: true }); // for the worklet probe's blob: module
  await instrument(page, true);
  await installFirstSound(page);
  await page.goto(host.url);
  await page.getByTestId('language-fr').waitFor();
  await page.locator('h1').tap(); // unlocks audio, as a visitor's first touch does
  await page.waitForTimeout(4000); // the worker loads its voices and prerenders while the visitor looks
  return page;
}

const themeCards = ['french', 'housing', 'rights', 'care', 'work', 'leisure', 'social', 'papers', 'emergency'];

/** Every visitor figure at one CPU rate, on a fresh host (the clips recorded here stay in its temp folder). */
async function measureAt(browser: Browser, rate: number): Promise<Record<string, number[]>> {
  const host = await benchHost();
  const out: Record<string, number[]> = {};
  const addSound = (name: string, timings: SoundTiming[]) => {
    out[name] = timings.map((t) => t.output);
    out[`${name}/seen`] = timings.map((t) => t.seen);
    out[`${name}/worklet`] = timings.map((t) => t.worklet).filter((x) => !Number.isNaN(x));
  };
  try {
    out.home = await homeInteractive(browser, host.url, 10, rate);

    // Theme cards in five languages: the first touch of each is synthesised, the second comes from the cache.
    const synthesised: SoundTiming[] = [];
    const cached: SoundTiming[] = [];
    for (const code of ['fr', 'ar', 'ti', 'ru', 'zh']) {
      const page = await openKiosk(browser, host, rate);
      await page.getByTestId(`language-${code}`).tap();
      await page.getByTestId(`language-${code}`).tap();
      await page.locator('[data-screen="themes"]').waitFor();
      for (const pass of [synthesised, cached]) {
        for (const id of themeCards) {
          pass.push(await tapToSound(page, `theme-${id}`));
          await page.getByTestId('nav-back').tap();
          await page.locator('[data-screen="themes"]').waitFor();
        }
      }
      await page.context().close();
    }
    addSound('synthesised', synthesised);

    // Long sentences (37 to 81 characters, against 5 to 20 for the cards): synthesis streams its first chunk,
    // so the first sample should not wait for the whole sentence.
    const sentences: SoundTiming[] = [];
    for (const code of ['fr', 'ar', 'ti']) {
      const page = await openKiosk(browser, host, rate);
      await page.getByTestId(`language-${code}`).tap();
      await page.getByTestId(`language-${code}`).tap();
      await page.getByTestId('theme-rights').tap();
      await page.getByTestId('procedure-school-enrolment').tap();
      await page.locator('[data-screen="procedure"]').waitFor();
      for (const id of ['compulsory', 'right', 'three', 'appeal-primary', 'appeal-secondary'])
        sentences.push(await tapToSound(page, `sentence-${id}`));
      await page.context().close();
    }
    addSound('sentences', sentences);
    addSound('cached', cached);

    // Start screen: language names were prerendered in the background.
    const page = await openKiosk(browser, host, rate);
    const prerendered: SoundTiming[] = [];
    for (const code of voiced) prerendered.push(await tapToSound(page, `language-${code}`));
    addSound('prerendered', prerendered);

    // Recorded clips for the phrase the language buttons speak.
    const tone = new Int16Array(11025).map((_, i) => Math.round(8000 * Math.sin(i / 3)));
    for (const code of voiced) {
      saveRecordedClip(
        { contentDir: host.kiosk.paths.contentDir, dataDir: host.dataDir },
        code,
        'attract.thisLanguage',
        encodeWav({ samples: tone, sampleRate: 22050 }),
      );
    }
    await page.reload();
    await page.getByTestId('language-fr').waitFor();
    await page.locator('h1').tap();
    for (const code of voiced) await tapToSound(page, `language-${code}`); // first play fetches and decodes
    const clips: SoundTiming[] = [];
    for (let round = 0; round < 2; round++)
      for (const code of voiced) clips.push(await tapToSound(page, `language-${code}`));
    addSound('clip', clips);

    // The floor of this machine's audio path, measured in the same page: a tone started by a bare pointerdown
    // listener (no kiosk code), heard at the same probe. Audio figures are compared with it.
    await page.evaluate(() => {
      const ctx = new AudioContext({ latencyHint: 'interactive' });
      const tone = ctx.createBuffer(1, 4800, 48000);
      tone.getChannelData(0).forEach((_, i, data) => (data[i] = 0.3 * Math.sin(i / 5)));
      const target = document.createElement('div');
      target.dataset.testid = 'audio-floor';
      Object.assign(target.style, {
        position: 'fixed',
        left: '0',
        top: '0',
        width: '60px',
        height: '60px',
        zIndex: '9',
      });
      target.addEventListener('pointerdown', () => {
        const node = ctx.createBufferSource();
        node.buffer = tone;
        node.connect(ctx.destination);
        node.start();
      });
      document.body.append(target);
    });
    const floor: SoundTiming[] = [];
    for (let i = 0; i < 15; i++) floor.push(await tapToSound(page, 'audio-floor'));
    addSound('floor', floor);

    await page.getByTestId('language-fr').tap();
    await page.getByTestId('language-fr').tap();
    await page.locator('[data-screen="themes"]').waitFor();
    out.screen = await tapToScreen(page, 30);
    await page.context().close();
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
    const latency = await (async () => {
      const page = await throttledPage(browser, 1);
      const ms = await page.evaluate(() => {
        const ctx = new AudioContext({ latencyHint: 'interactive' });
        return { base: ctx.baseLatency * 1000, output: ctx.outputLatency * 1000 };
      });
      await page.context().close();
      return ms;
    })();
    console.log(`speech bench (Chromium, browser host, built renderer), load ${loadAverage()}`);
    console.log(
      `audio device here: baseLatency ${latency.base.toFixed(1)} ms, outputLatency ${latency.output.toFixed(1)} ms ` +
        '(included in the "audio clock" lines, not in the "main thread" lines)',
    );
  } finally {
    await browser.close();
  }
  const measure = measureFrom(byRate);
  printColumns([
    measure('home screen interactive after load', 'home', [500, 1500]),
    measure('tap → next screen painted', 'screen', [50, 100]),
    measure('tap → first audio, synthesised (audio clock)', 'synthesised', [120, null]),
    measure('  same, main thread', 'synthesised/seen', [120, null]),
    measure('tap → first audio, synthesised sentence (audio clock)', 'sentences', [120, null]),
    measure('  same, main thread', 'sentences/seen', [120, null]),
    measure('tap → first audio, cached phrase (audio clock)', 'cached', [30, 60]),
    measure('  same, audio thread (worklet probe)', 'cached/worklet', [30, 60]),
    measure('  same, main thread', 'cached/seen', [30, 60]),
    measure('tap → first audio, prerendered name (audio clock)', 'prerendered', [30, 60]),
    measure('  same, audio thread (worklet probe)', 'prerendered/worklet', [30, 60]),
    measure('  same, main thread', 'prerendered/seen', [30, 60]),
    measure('tap → first audio, recorded clip (audio clock)', 'clip', [30, 60]),
    measure('  same, audio thread (worklet probe)', 'clip/worklet', [30, 60]),
    measure('  same, main thread', 'clip/seen', [30, 60]),
    measure('baseline: bare listener starts a tone (audio clock)', 'floor', [null, null]),
    measure('  same, audio thread (worklet probe)', 'floor/worklet', [null, null]),
    measure('  same, main thread', 'floor/seen', [null, null]),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
