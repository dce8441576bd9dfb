import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supportedLocales } from '../../../common/locales';
import { nodeEspeak, NoVoiceError } from '../../../main/services/speech-synth';
import { espeakVoiceFor } from '../../../common/speech/espeak-engine';
import { readLocale } from '../../helpers/locales';

const rms = (s: Int16Array) => Math.sqrt(s.reduce((sum, x) => sum + (x / 32768) ** 2, 0) / Math.max(s.length, 1));
const invite = (code: string) =>
  (
    readLocale(code) as {
      attract: { invite: string };
    }
  ).attract.invite;

test('every kiosk language but Pashto and Peul has an espeak-ng voice that speaks its own invitation', async () => {
  const engine = await nodeEspeak();
  const voiceless = supportedLocales.filter((c) => !espeakVoiceFor(c));
  assert.deepEqual(voiceless, ['ps', 'ff']);
  for (const code of supportedLocales.filter((c) => espeakVoiceFor(c))) {
    const audio = engine.synthesize(code, invite(code), 0.9);
    assert.ok(audio.samples.length / audio.sampleRate > 0.5, `${code}: ${audio.samples.length} samples`);
    assert.ok(rms(audio.samples) > 0.02, `${code}: RMS ${rms(audio.samples)}`);
  }
});

test('Pashto, Peul and unknown codes throw NoVoiceError naming the language', async () => {
  const engine = await nodeEspeak();
  for (const code of ['ps', 'ff', 'xx']) {
    assert.throws(
      () => engine.synthesize(code, 'x'),
      (e: unknown) => e instanceof NoVoiceError && e.lang === code && e.message.includes(`"${code}"`),
    );
  }
});

test('switching to another voice and rate and back restores the voice and the rate', async () => {
  const engine = await nodeEspeak();
  const first = engine.synthesize('ti', invite('ti'), 0.9);
  engine.synthesize('ar', invite('ar'), 1.2);
  const again = engine.synthesize('ti', invite('ti'), 0.9);
  // espeak-ng varies a few samples between runs; the duration shows the same voice at the same rate.
  const ratio = again.samples.length / first.samples.length;
  assert.ok(Math.abs(ratio - 1) < 0.01, `durations differ by ${((ratio - 1) * 100).toFixed(2)} %`);
  const faster = engine.synthesize('ti', invite('ti'), 1.3);
  assert.ok(faster.samples.length < first.samples.length * 0.85, 'a higher rate is shorter');
});
