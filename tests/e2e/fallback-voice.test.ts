import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { installAudioProbe, resetProbe, waitForSound } from '../helpers/audio-probe';
import { openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { installSpeechLog, waitForSpoken } from '../helpers/speech-log';

let host: TestHost;
let browser: Browser;

e2eFixture({}, (started) => ({ host, browser } = started));

test('with IT’s fallback voice Dari for Pashto, Pashto is heard, and the visitor is told it is a stand-in voice', async () => {
  // Pulaar's bridge off: without a stand-in voice or a bridge, it stays silent and says so.
  writeSettings(host.kiosk.db, { fallbackVoices: { ps: 'fa' }, bridgeLanguages: { ff: null } });
  try {
    const page = await openStartScreen(browser, host.url, {
      prepare: async (p) => {
        await installAudioProbe(p);
        await installSpeechLog(p);
      },
    });
    await resetProbe(page);
    await page.getByTestId('language-ps').tap();
    assert.ok((await waitForSound(page, 0.02)) > 0.02, 'Pashto is heard');
    await waitForSpoken(page, { lang: 'ps', source: 'espeak' });
    const sign = page.getByTestId('stand-in-voice');
    await sign.waitFor();
    assert.equal(await sign.getAttribute('lang'), 'ps');
    assert.match(await sign.innerText(), /دری/, 'names the voice (Dari) in its own name');
    assert.equal(await page.getByTestId('audio-missing').count(), 0);
    // Peul has no fallback set: it stays silent and says so.
    await page.getByTestId('language-ff').tap();
    await page.getByTestId('audio-missing').waitFor();
    await page.context().close();
  } finally {
    writeSettings(host.kiosk.db, { fallbackVoices: {}, bridgeLanguages: {} });
  }
});
