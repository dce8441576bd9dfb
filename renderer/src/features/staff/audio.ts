import { encodePcm16Wav, floatToPcm16 } from '../../../../common/audio/wav';

/**
 * Voice studio audio: capture microphone PCM (ScriptProcessor: no worklet module to load under the CSP),
 * then resample to 16 kHz mono, trim the silence at both ends, normalise loudness, and encode a WAV.
 */
export const clipRate = 16000;
export const maxSeconds = 30;

export interface Recording {
  stop(): Promise<{ samples: Float32Array; rate: number }>;
}

export async function startRecording(): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  const ctx = new AudioContext();
  const source = ctx.createMediaStreamSource(stream);
  const processor = ctx.createScriptProcessor(4096, 1, 1);
  const chunks: Float32Array[] = [];
  let length = 0;
  processor.onaudioprocess = (e) => {
    if (length > maxSeconds * ctx.sampleRate) return;
    const copy = new Float32Array(e.inputBuffer.getChannelData(0));
    chunks.push(copy);
    length += copy.length;
  };
  source.connect(processor);
  // A ScriptProcessor only runs when connected to the output; it writes silence there.
  processor.connect(ctx.destination);
  return {
    async stop() {
      processor.disconnect();
      source.disconnect();
      for (const track of stream.getTracks()) track.stop();
      const rate = ctx.sampleRate;
      await ctx.close();
      const samples = new Float32Array(length);
      let offset = 0;
      for (const c of chunks) {
        samples.set(c, offset);
        offset += c.length;
      }
      return { samples, rate };
    },
  };
}

/** Box-filter resampling: averaging each output window is enough anti-aliasing for speech. */
export function resample(input: Float32Array, from: number, to = clipRate): Float32Array {
  if (from === to) return input;
  const ratio = from / to;
  const out = new Float32Array(Math.floor(input.length / ratio));
  for (let i = 0; i < out.length; i++) {
    const start = Math.floor(i * ratio);
    const end = Math.max(start + 1, Math.floor((i + 1) * ratio));
    let sum = 0;
    for (let j = start; j < end; j++) sum += input[j] ?? 0;
    out[i] = sum / (end - start);
  }
  return out;
}

/** Cuts leading and trailing silence (10 ms frames quieter than 5 % of the loudest), keeping 100 ms margins. */
export function trimSilence(samples: Float32Array, rate = clipRate): Float32Array {
  const frame = Math.max(1, Math.round(rate / 100));
  const energies: number[] = [];
  for (let i = 0; i < samples.length; i += frame) {
    let sum = 0;
    const end = Math.min(samples.length, i + frame);
    for (let j = i; j < end; j++) sum += samples[j]! * samples[j]!;
    energies.push(Math.sqrt(sum / (end - i)));
  }
  const loudest = Math.max(0, ...energies);
  const threshold = Math.max(0.005, loudest * 0.05);
  const first = energies.findIndex((e) => e > threshold);
  if (first < 0) return new Float32Array(0);
  let last = energies.length - 1;
  while (energies[last]! <= threshold) last--;
  const margin = Math.round(rate / 10);
  return samples.slice(Math.max(0, first * frame - margin), Math.min(samples.length, (last + 1) * frame + margin));
}

/** Brings the clip to about -20 dBFS RMS without letting a peak pass -0.5 dBFS. */
export function normalise(samples: Float32Array): Float32Array {
  let sum = 0;
  let peak = 0;
  for (const s of samples) {
    sum += s * s;
    peak = Math.max(peak, Math.abs(s));
  }
  if (peak === 0) return samples;
  const rms = Math.sqrt(sum / samples.length);
  const gain = Math.min(0.1 / rms, 0.944 / peak);
  return samples.map((s) => s * gain);
}

export function encodeWav(samples: Float32Array, rate = clipRate): Uint8Array {
  return encodePcm16Wav(floatToPcm16(samples), rate);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The whole chain from a raw capture to the WAV that is kept. */
export function processCapture(raw: { samples: Float32Array; rate: number }): Uint8Array | null {
  const trimmed = trimSilence(resample(raw.samples, raw.rate));
  return trimmed.length < clipRate / 10 ? null : encodeWav(normalise(trimmed));
}
