import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { encodeWav } from '../../common/speech/espeak-engine';
import { saveRecordedClip } from '../../main/services/clips';
import { chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

interface Start {
  /** Started synchronously inside a pointerdown listener (not in a later microtask or task). */
  inHandler: boolean;
  seconds: number;
}
type Probe = { starts: Start[]; pending: number };

const probeScript = `
  const probe = { starts: [], pending: 0 };
  window.__tap = probe;
  let inHandler = false;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'pointerdown' || typeof listener !== 'function') return add.call(this, type, listener, options);
    const wrapped = function (event) {
      inHandler = true;
      try {
        return listener.call(this, event);
      } finally {
        inHandler = false;
      }
    };
    return add.call(this, type, wrapped, options);
  };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    probe.starts.push({ inHandler, seconds: this.buffer ? this.buffer.duration : 0 });
    return start.apply(this, args);
  };
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data && !('chunk' in e.data)) probe.pending--;
      });
    }
    postMessage(...args) {
      probe.pending++;
      return super.postMessage(...args);
    }
  };
`;

/** Records every audio buffer started, whether inside a pointerdown listener, and the speech worker's backlog. */
async function instrumented(): Promise<Page> {
  return openStartScreen(browser, host.url, {
    prepare: async (page) => {
      // A string, not a function: tsx would wrap the named functions below in a helper the page does not have.
      await page.addInitScript(probeScript);
    },
  });
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __tap: Probe }).__tap);
const startsSince = async (page: Page, count: number) => (await probe(page)).starts.slice(count);
const settled = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __tap: Probe }).__tap.pending === 0, undefined, {
    timeout: 60000,
  });

test('a recorded clip heard once starts inside the touch handler the next time, before any screen renders', async () => {
  const tone = new Int16Array(11025).map((_, i) => Math.round(8000 * Math.sin(i / 3)));
  saveRecordedClip(host.kiosk.paths, 'ti', 'attract.thisLanguage', encodeWav({ samples: tone, sampleRate: 22050 }));
  const page = await instrumented();
  await page.locator('h1').tap();
  let before = (await probe(page)).starts.length;
  await page.getByTestId('language-ti').tap();
  await page.waitForFunction((n) => (window as unknown as { __tap: Probe }).__tap.starts.length > n, before);
  const first = await startsSince(page, before);
  assert.equal(first[0]!.inHandler, false, 'the first time it is fetched and decoded');
  before = (await probe(page)).starts.length;
  await page.getByTestId('language-ti').tap(); // the second touch chooses Tigrinya and opens the themes
  const second = await startsSince(page, before);
  assert.ok(second.length > 0 && second[0]!.inHandler, JSON.stringify(second));
  assert.ok(Math.abs(second[0]!.seconds - 0.5) < 0.01, 'the clip itself (11025 samples at 22050 Hz)');
  await page.locator('[data-screen="themes"]').waitFor();
  await page.context().close();
});

test('synthesis streams a new phrase in chunks; once heard, it starts inside the touch handler', async () => {
  const page = await instrumented();
  await chooseLanguage(page, 'fr');
  await settled(page);
  let before = (await probe(page)).starts.length;
  await page.getByTestId('theme-care').tap();
  await screenShown(page, 'theme');
  await settled(page);
  const fresh = await startsSince(page, before);
  assert.ok(fresh.length > 1, `played in ${fresh.length} chunks`);
  assert.ok(fresh.every((s) => !s.inHandler));
  await page.getByTestId('nav-back').tap();
  await page.locator('[data-screen="themes"]').waitFor();
  await settled(page);
  before = (await probe(page)).starts.length;
  await page.getByTestId('theme-care').tap();
  const again = await startsSince(page, before);
  assert.ok(again.length > 0 && again[0]!.inHandler, JSON.stringify(again));
  await page.context().close();
});
