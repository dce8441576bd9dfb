import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../main/paths';
import { installAudioProbe, resetProbe, waitForSound } from '../helpers/audio-probe';
import { assertNoAxeViolations, chooseLanguage, kioskPage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { enterStaff, fakeMicrophoneWav, setTestPin } from '../helpers/staff';
import { tempDir } from '../helpers/temp';
import { readLocale } from '../helpers/locales';

const pin = '246810';
let host: TestHost;
let browser: Browser;
const temp = tempDir('repere-voice-e2e-');

e2eFixture(
  {
    prepare: (h) => setTestPin(h.kiosk.db, pin),
    // Chromium's fake microphone plays a generated tone, so recording needs no hardware.
    chromiumArgs: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${fakeMicrophoneWav(temp.dir)}`,
    ],
  },
  (started) => ({ host, browser } = started),
);
after(() => temp.cleanup());

const openStart = (): Promise<Page> => openStartScreen(browser, host.url);

test('voice studio: a clip recorded with the (fake) microphone is trimmed, kept, served, and heard by a visitor', async () => {
  const page = await openStart();
  await enterStaff(page, pin);
  await page.getByTestId('staff-tab-voice').click();
  await page.getByTestId('voice-lang').selectOption('ps');
  const coverage = page.getByTestId('voice-coverage');
  // Pashto has no synthetic voice: a phrase is a human clip, said in its bridge language (Dari), or silent.
  const counts = async () =>
    (await coverage.innerText())
      .match(/Voix humaine : (\d+) · synthèse : (\d+) · langue relais : (\d+) · muettes : (\d+)/)!
      .slice(1)
      .map(Number);
  // Content phrases (procedures, places) can be recorded too, beside the UI strings.
  await page.getByTestId('voice-phrase-ame-first-request.title').waitFor();
  const [human, synth, bridge, silent] = await counts();
  assert.equal(synth, 0);
  // Staff see that Pashto's texts are machine drafts awaiting review (common/translation-status.json).
  const status = JSON.parse(readFileSync(join(projectRoot, 'common', 'translation-status.json'), 'utf8')) as Record<
    string,
    { status: string }
  >;
  assert.equal(status.ps!.status, 'machine-draft');
  const fr = readLocale('fr') as {
    staff: { voice: { translationStatus: Record<string, string> } };
  };
  assert.ok(
    (await page.getByTestId('voice-translation').innerText()).includes(
      fr.staff.voice.translationStatus['machine-draft']!,
    ),
  );
  await page.getByTestId('voice-phrase-themes.instruction').click();
  await assertNoAxeViolations(page, 'voice studio');
  await page.getByTestId('voice-record').click();
  await page.getByTestId('voice-stop').waitFor();
  await page.waitForTimeout(2500);
  await page.getByTestId('voice-stop').click();
  await page.getByTestId('voice-keep').click();
  await page.getByTestId('voice-status').getByText('Enregistrement gardé').waitFor();
  // A bridged phrase recorded: one more human clip, one fewer said in Dari.
  assert.deepEqual(await counts(), [human! + 1, 0, bridge! - 1, silent]);
  const served = await page.evaluate(async () => {
    const r = await fetch('/clips/ps/themes.instruction.wav');
    const b = new Uint8Array(await r.arrayBuffer());
    return {
      status: r.status,
      head: String.fromCharCode(...b.subarray(0, 4)),
      rate: new DataView(b.buffer).getUint32(24, true),
      bytes: b.length,
    };
  });
  assert.equal(served.status, 200);
  assert.equal(served.head, 'RIFF');
  assert.equal(served.rate, 16000);
  // Trimmed: at least 2.5 s were captured (a 0.4 s tone, then silence); the kept clip is the tone and its margins.
  assert.ok(served.bytes < 44 + 16000 * 2 * 1.0, `${served.bytes} bytes`);
  assert.ok(served.bytes > 44 + 16000 * 2 * 0.3, `${served.bytes} bytes: the tone is kept`);
  await page.context().close();

  // The visitor journey uses it: Pashto has no synthetic voice, so any sound on the themes screen's
  // instruction is the recorded clip.
  const visitor = await kioskPage(browser);
  await installAudioProbe(visitor);
  await visitor.goto(host.url);
  await chooseLanguage(visitor, 'ps');
  await resetProbe(visitor);
  await visitor.locator('[data-screen="themes"] .screen__instruction').tap();
  assert.ok((await waitForSound(visitor, 0.02)) > 0.02, 'the recorded Pashto clip is heard');
  await visitor.context().close();
});
