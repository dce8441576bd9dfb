import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { supportedLocales } from '../../common/locales';
import { defaultSpeechRate } from '../../common/speech/defaults';
import { openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { asked, installSpeechLog, waitForSpoken, waitForWorkerWarm, type SpokenPhrase } from '../helpers/speech-log';

// Issue 27: the start screen's names and invitations are synthesised when the renderer is built, at the default
// speech rate. A new kiosk (product defaults: that rate, every language, the default bridges) renders none itself.
let host: TestHost;
let browser: Browser;
e2eFixture({ productDefaults: true }, (started) => ({ host, browser } = started));

/** A start screen, with the files of shipped phrases it asks for counted as the requests leave. */
async function startScreen(): Promise<{ page: Page; files: Set<string> }> {
  const files = new Set<string>();
  const page = await openStartScreen(browser, host.url, {
    prepare: async (p) => {
      await installSpeechLog(p);
      p.on('request', (r) => void (/\/assets\/start-phrases-/.test(r.url()) && files.add(r.url())));
    },
  });
  return { page, files };
}

/** Until `done` holds, checking between short waits of the page's own clock. */
async function until(page: Page, done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 100) {
    if (waited > 60_000) throw new Error(`still waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

test('a new kiosk reads its start phrases from the build: the worker synthesises none, and every name is heard', async () => {
  const { page, files } = await startScreen();
  // The start screen renders ahead one language per task: the last one's file asked means every phrase was.
  await until(page, () => files.size === supportedLocales.length, 'a file of phrases per language');
  // A phrase not shipped would be queued behind the worker's warm-up, and posted to it right after.
  await waitForWorkerWarm(page);
  assert.deepEqual(await asked(page), [], 'before any touch, nothing was asked of the worker');

  const heard: string[] = [];
  for (const code of supportedLocales) {
    await page.getByTestId(`language-${code}`).tap();
    // Heard by the synthetic voice (ps and ff in their bridge languages' voices): the shipped samples played.
    const name = (await waitForSpoken(page, { key: 'attract.thisLanguage', lang: code })) as SpokenPhrase & {
      bridge?: { text: string };
    };
    assert.equal(name.source, 'espeak', code);
    heard.push(name.bridge?.text ?? name.text);
  }
  const synthesised = new Set((await asked(page)).map((a) => a.text));
  assert.deepEqual(
    heard.filter((text) => synthesised.has(text)),
    [],
    'no name heard was synthesised on the kiosk',
  );
  await page.context().close();
});

test('a kiosk set to another speech rate renders the start phrases ahead itself', async () => {
  writeSettings(host.kiosk.db, { speechRate: 1.2 });
  try {
    const { page } = await startScreen();
    const english = await page.getByTestId('language-en').getAttribute('data-speak');
    await page.waitForFunction(
      (text) => (window as unknown as { __asked: { text: string }[] }).__asked.some((a) => a.text === text),
      english,
      { timeout: 60_000 },
    );
    await page.context().close();
  } finally {
    writeSettings(host.kiosk.db, { speechRate: defaultSpeechRate });
  }
});
