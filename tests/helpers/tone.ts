import type { Page } from 'playwright-core';
import { encodeWav } from '../../common/speech/espeak-engine';
import { heard, rms } from './audio-probe';

/** A 1 kHz tone as a WAV: a "recorded clip" a test can recognise in the page's audio output. */
export function toneWav(seconds: number): Uint8Array {
  const sampleRate = 22050;
  const samples = new Int16Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i++)
    samples[i] = Math.round(16384 * Math.sin((2 * Math.PI * 1000 * i) / sampleRate));
  return encodeWav({ samples, sampleRate });
}

/** Seconds of output that are the 1 kHz tone at the expected level (zero crossings ≈ 2000/s, RMS ≈ 0.5/√2 × volume). */
export async function toneSeconds(page: Page, volume: number): Promise<number> {
  const { samples, sampleRate } = await heard(page);
  const win = Math.round(sampleRate * 0.05);
  let tone = 0;
  for (let i = 0; i + win <= samples.length; i += win) {
    let crossings = 0;
    for (let j = i + 1; j < i + win; j++) if (samples[j - 1]! < 0 !== samples[j]! < 0) crossings++;
    const perSecond = (crossings * sampleRate) / win;
    const level = rms(samples, i, i + win);
    if (Math.abs(perSecond - 2000) < 80 && Math.abs(level - (0.5 / Math.SQRT2) * volume) < 0.03) tone += win;
  }
  return tone / sampleRate;
}
