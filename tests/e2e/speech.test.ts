import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { saveRecordedClip } from '../../main/services/clips';
import { writeSettings } from '../../main/services/settings';
import { supportedLocales } from '../../common/locales';
import { espeakVoiceFor } from '../../common/speech/espeak-engine';
import { toneSeconds, toneWav } from '../helpers/tone';
import { heard, installAudioProbe, resetProbe, rms, waitForQuiet, waitForSound } from '../helpers/audio-probe';
import { assertNoAxeViolations, chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import { installSpeechLog, waitForVoicesLoaded } from '../helpers/speech-log';

let host: TestHost;
let browser: Browser;

const locale = (code: string) => readLocale(code) as Record<string, Record<string, string>>;

// These tests are about the engine's own sources: bridge languages are off, so ps and ff show their sign
// (bridges: e2e/bridge-language.test.ts).
e2eFixture(
  { prepare: (h) => void writeSettings(h.kiosk.db, { bridgeLanguages: null }) },
  (started) => ({ host, browser } = started),
);

function openStart(options: { clock?: boolean; speechLog?: boolean } = {}): Promise<Page> {
  return openStartScreen(browser, host.url, {
    prepare: async (page) => {
      await installAudioProbe(page);
      if (options.speechLog) await installSpeechLog(page);
      if (options.clock) await page.clock.install();
    },
  });
}

/** Loudest 50 ms window of what the probe heard since its last reset. */
async function peak(page: Page): Promise<number> {
  const { samples, sampleRate } = await heard(page);
  const win = Math.round(sampleRate * 0.05);
  let best = 0;
  for (let i = 0; i + win <= samples.length; i += win) best = Math.max(best, rms(samples, i, i + win));
  return best;
}

/** Waits until the output has been silent for `quietMs` (the phrase ended); returns the seconds of sound heard. */
async function soundSeconds(page: Page, quietMs = 400, timeoutMs = 15000): Promise<number> {
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'speech started');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { samples, sampleRate } = await heard(page);
    const quiet = Math.round((sampleRate * quietMs) / 1000);
    if (samples.length > quiet && rms(samples, samples.length - quiet) < 0.002) {
      let loud = 0;
      const win = Math.round(sampleRate * 0.02);
      for (let i = 0; i + win <= samples.length; i += win) if (rms(samples, i, i + win) > 0.01) loud += win;
      return loud / sampleRate;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('speech never ended');
}

test('each language with an engine speaks audibly on its button; Pashto and Peul show calmly that audio is missing', async () => {
  const page = await openStart();
  for (const code of supportedLocales) {
    await resetProbe(page);
    await page.getByTestId(`language-${code}`).tap();
    if (espeakVoiceFor(code)) {
      const loudest = await waitForSound(page, 0.02);
      assert.ok(loudest > 0.02, `${code}: output RMS ${loudest} is not silence`);
      assert.equal(await page.getByTestId('audio-missing').count(), 0, `${code} has audio`);
    } else {
      const sign = page.getByTestId('audio-missing');
      await sign.waitFor();
      assert.equal(await sign.getAttribute('lang'), code);
      assert.equal((await sign.innerText()).trim(), locale(code).speech!.unavailable);
      assert.equal(await sign.locator('img').count(), 1, 'a pictogram, not text alone');
      // What the previous language was still saying is cut by the touch; listen after that.
      await page.waitForTimeout(300);
      await resetProbe(page);
      await page.waitForTimeout(600);
      assert.ok((await peak(page)) < 0.005, `${code} stays silent`);
      await assertNoAxeViolations(page, `start with the ${code} audio sign`);
    }
  }
  await page.context().close();
});

test('a new touch stops the current speech at once', async () => {
  const page = await openStart();
  // How long the Tigrinya phrase lasts when left alone. It is two sentences ("ትግርኛ። …"): the end is a silence
  // longer than the pause between them, which a busy machine can stretch past 400 ms (CI once measured 0.8 s).
  await page.getByTestId('language-ti').tap();
  const full = await soundSeconds(page, 800);
  assert.ok(full > 1.5, `the phrase lasts ${full} s`);
  await page.getByTestId('language-ar').tap();
  await page.getByTestId('language-ti').tap(); // selected again: the same phrase, now from the cache
  await resetProbe(page);
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'speaking');
  await page.locator('.start-screen__brand img').tap(); // a touch on nothing speakable: stop only
  await page.waitForTimeout(300);
  await resetProbe(page);
  await page.waitForTimeout(Math.ceil(full * 1000));
  assert.ok((await peak(page)) < 0.005, 'silent for the rest of the phrase');
  await page.context().close();
});

test('a recorded clip wins over synthesis for its phrase, and "listen again" replays the screen', async () => {
  saveRecordedClip(
    { contentDir: host.kiosk.paths.contentDir, dataDir: host.dataDir },
    'fr',
    'themes.title',
    toneWav(1),
  );
  const page = await openStart();
  try {
    await chooseLanguage(page, 'fr');
    await resetProbe(page);
    await page.getByTestId('listen-again').tap();
    await soundSeconds(page);
    const tone = await toneSeconds(page, 0.8);
    assert.ok(tone > 0.7, `the clip was heard (${tone} s of the tone)`);
    // The instruction has no clip: synthesis follows the clip.
    const { samples, sampleRate } = await heard(page);
    assert.ok(samples.length / sampleRate > tone + 0.5, 'the synthesised instruction followed');
    // Volume is applied to clips too: louder → the same tone at 0.9.
    await page.getByTestId('volume-up').tap();
    assert.equal(await page.getByTestId('volume-level').getAttribute('data-level'), '9');
    await resetProbe(page);
    await page.getByTestId('listen-again').tap();
    await soundSeconds(page);
    assert.ok((await toneSeconds(page, 0.9)) > 0.7, 'the clip at the new volume');
  } finally {
    await page.context().close();
  }
});

test('idle: the question is shown and spoken with a countdown; a touch continues; at zero the visit is forgotten', async () => {
  const page = await openStart({ clock: true });
  await chooseLanguage(page, 'ar');
  await page.getByTestId('theme-care').tap();
  await screenShown(page, 'theme');
  await page.getByTestId('volume-up').tap();
  await page.getByTestId('volume-up').tap();
  assert.equal(await page.getByTestId('volume-level').getAttribute('data-level'), '10');

  await page.clock.fastForward(89_000);
  assert.equal(await page.getByTestId('idle-dialog').count(), 0, 'not before the timeout');
  await resetProbe(page);
  await page.clock.fastForward(2_000);
  const dialog = page.getByTestId('idle-dialog');
  await dialog.waitFor();
  const ar = locale('ar');
  assert.equal(await dialog.locator('h2').innerText(), ar.idle!.question);
  const seconds = Number(await dialog.locator('.idle-dialog__seconds').innerText());
  assert.ok(seconds >= 20, `countdown starts at ${seconds} s (WCAG 2.2.1 needs at least 20)`);
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'the question is spoken');
  await assertNoAxeViolations(page, 'idle question (ar)');

  await page.getByTestId('idle-continue').tap();
  assert.equal(await dialog.count(), 0, 'a touch continues the visit');
  assert.equal(await page.locator('[data-screen="theme"]').count(), 1);

  await page.clock.fastForward(91_000);
  await dialog.waitFor();
  await page.clock.fastForward(31_000);
  await page.locator('[data-screen="start"]').waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
    'fr',
    'ltr',
  ]);
  assert.equal(await page.locator('[aria-pressed="true"]').count(), 0, 'no language selected');
  assert.equal(await page.getByTestId('volume-level').getAttribute('data-level'), '8', 'volume back to default');
  await chooseLanguage(page, 'ti');
  assert.equal(await page.locator('[data-screen="themes"]').count(), 1, 'the history is gone');
  assert.equal(await page.getByTestId('nav-back').isVisible(), false);
  await page.context().close();
});

test('Pashto visit: the themes screen shows the audio sign in Pashto; a recorded clip then speaks its title', async () => {
  const page = await openStart();
  await chooseLanguage(page, 'ps');
  const sign = page.getByTestId('audio-missing');
  await sign.waitFor();
  assert.equal(await sign.getAttribute('dir'), 'rtl');
  saveRecordedClip(
    { contentDir: host.kiosk.paths.contentDir, dataDir: host.dataDir },
    'ps',
    'themes.title',
    toneWav(1),
  );
  await page.getByTestId('nav-home').tap();
  await page.locator('[data-screen="start"]').waitFor();
  await chooseLanguage(page, 'ps');
  await resetProbe(page);
  await page.getByTestId('listen-again').tap();
  await soundSeconds(page);
  assert.ok((await toneSeconds(page, 0.8)) > 0.7, 'the Pashto clip is heard');
  await page.context().close();
});

test('the start screen voices its invitation after a touch, for one round, then the empty room is silent', async () => {
  const page = await openStart({ clock: true, speechLog: true });
  await resetProbe(page);
  for (let i = 0; i < 4; i++) await page.clock.fastForward(5_000);
  await page.waitForTimeout(500);
  assert.ok((await peak(page)) < 0.005, 'no touch, no voice');
  // The invitation is timed from here: the voices must have loaded (seconds on a busy machine) first.
  await waitForVoicesLoaded(page);
  await page.locator('.start-screen__brand img').tap(); // someone is here: audio is allowed
  await page.clock.fastForward(13_000); // quiet for a while after a touch, then the invitation is voiced
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'the invitation is spoken');
  // One round of the 17 languages (5 s each), then nothing more: the visitor has gone.
  for (let i = 0; i < 18; i++) await page.clock.fastForward(5_000);
  await page.locator('.speech-bar[data-speaking="no"]').waitFor(); // the last invitation has ended
  // The bar may show "no" a moment before the last invitation sounds: wait until it has played out.
  assert.ok(await waitForQuiet(page), 'the last invitation ends');
  await resetProbe(page);
  for (let i = 0; i < 4; i++) await page.clock.fastForward(5_000);
  await page.waitForTimeout(1000);
  assert.ok((await peak(page)) < 0.005, 'silent after one round');
  await page.context().close();
});
