import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  encodeWav,
  normalise,
  processCapture,
  resample,
  trimSilence,
} from '../../../renderer/src/features/staff/audio';

const tone = (seconds: number, rate: number, amplitude: number) =>
  Float32Array.from(
    { length: Math.round(seconds * rate) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * 300 * i) / rate),
  );
const concat = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const rms = (s: Float32Array) => Math.sqrt(s.reduce((a, x) => a + x * x, 0) / s.length);

test('silence at both ends is cut, keeping 100 ms margins; a silent take is empty', () => {
  const rate = 16000;
  const take = concat(new Float32Array(rate), tone(0.5, rate, 0.3), new Float32Array(rate * 2));
  const trimmed = trimSilence(take, rate);
  // 0.5 s of voice plus two 0.1 s margins, to within one 10 ms frame.
  assert.ok(Math.abs(trimmed.length - 0.7 * rate) <= rate / 100, `${trimmed.length}`);
  assert.equal(trimSilence(new Float32Array(rate), rate).length, 0);
});

test('loudness is normalised to about -20 dBFS RMS, and a loud peak is never clipped', () => {
  const quiet = normalise(tone(0.5, 16000, 0.01));
  assert.ok(Math.abs(rms(quiet) - 0.1) < 0.005, `${rms(quiet)}`);
  const spiky = tone(0.5, 16000, 0.01);
  spiky[100] = 0.9;
  assert.ok(Math.max(...normalise(spiky).map(Math.abs)) <= 0.945);
});

test('48 kHz capture becomes a 16 kHz mono 16-bit WAV', () => {
  assert.equal(resample(tone(1, 48000, 0.5), 48000).length, 16000);
  const wav = processCapture({ samples: concat(new Float32Array(24000), tone(1, 48000, 0.2)), rate: 48000 })!;
  const view = new DataView(wav.buffer);
  assert.equal(String.fromCharCode(...wav.subarray(0, 4)), 'RIFF');
  assert.equal(view.getUint32(24, true), 16000);
  assert.equal(view.getUint16(34, true), 16);
  assert.equal(view.getUint32(40, true), wav.length - 44);
  assert.equal(processCapture({ samples: new Float32Array(48000), rate: 48000 }), null, 'nothing heard, nothing kept');
  assert.equal(encodeWav(new Float32Array([1, -1])).length, 48);
});
