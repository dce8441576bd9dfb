import type { Page } from 'playwright-core';

/**
 * A probe on the page's real audio output: every connection to an AudioContext's destination also feeds a
 * recorder placed just before the speakers, so a test hears what the visitor would (not what the code claims).
 * Installed with page.addInitScript before the app loads.
 */
export async function installAudioProbe(page: Page, blockSize = 1024): Promise<void> {
  // Large blocks capture reliably (tests); 256-frame blocks time the first sound more finely (bench).
  await page.addInitScript((size: number) => {
    interface Probe {
      chunks: Float32Array[];
      sampleRate: number;
      /** performance.now() when the probe's callback first saw sound (includes main-thread delays). */
      firstSoundAt: number | null;
      /** When that sound was rendered, from the audio clock (excludes main-thread delays). */
      firstSoundOutputAt: number | null;
      recording: boolean;
    }
    const probe: Probe = {
      chunks: [],
      sampleRate: 48000,
      firstSoundAt: null,
      firstSoundOutputAt: null,
      recording: true,
    };
    (window as unknown as { __audioProbe: Probe }).__audioProbe = probe;
    const connect = AudioNode.prototype.connect as (this: AudioNode, ...args: unknown[]) => unknown;
    const taps = new WeakMap<BaseAudioContext, ScriptProcessorNode>();
    AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]) {
      const dest = args[0];
      if (dest instanceof AudioDestinationNode) {
        let tap = taps.get(dest.context);
        if (!tap) {
          tap = dest.context.createScriptProcessor(size, 1, 1);
          probe.sampleRate = dest.context.sampleRate;
          tap.onaudioprocess = (e) => {
            const data = new Float32Array(e.inputBuffer.getChannelData(0));
            const first = data.findIndex((x) => Math.abs(x) > 0.01);
            if (probe.firstSoundAt === null && first >= 0) {
              probe.firstSoundAt = performance.now();
              // The same moment on the audio clock, mapped to performance.now() (main-thread delays excluded):
              // the input of this block was rendered one block before its playbackTime.
              const ctx = (e.target as AudioNode).context as AudioContext;
              const stamp = ctx.getOutputTimestamp();
              const graphTime = e.playbackTime - (data.length - first) / ctx.sampleRate;
              if (stamp.contextTime !== undefined && stamp.performanceTime !== undefined)
                probe.firstSoundOutputAt = stamp.performanceTime + (graphTime - stamp.contextTime) * 1000;
            }
            if (probe.recording) probe.chunks.push(data);
          };
          connect.call(tap, dest);
          taps.set(dest.context, tap);
        }
        if (this !== tap) connect.call(this, tap);
      }
      return connect.apply(this, args);
    } as typeof AudioNode.prototype.connect;
  }, blockSize);
}

/** Forgets what was heard so far. */
export function resetProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const p = (
      window as unknown as {
        __audioProbe: { chunks: unknown[]; firstSoundAt: number | null; firstSoundOutputAt: number | null };
      }
    ).__audioProbe;
    p.chunks = [];
    p.firstSoundAt = null;
    p.firstSoundOutputAt = null;
  });
}

/** Everything heard since the last reset, as one mono signal. */
export async function heard(page: Page): Promise<{ samples: Float32Array; sampleRate: number }> {
  const { data, sampleRate } = await page.evaluate(() => {
    const p = (window as unknown as { __audioProbe: { chunks: Float32Array[]; sampleRate: number } }).__audioProbe;
    const all: number[] = [];
    for (const c of p.chunks) for (const x of c) all.push(x);
    return { data: all, sampleRate: p.sampleRate };
  });
  return { samples: Float32Array.from(data), sampleRate };
}

export function rms(samples: Float32Array, from = 0, to = samples.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i]! ** 2;
  return Math.sqrt(sum / Math.max(to - from, 1));
}

/** Polls the probe until the loudest 50 ms window heard exceeds `threshold`; returns that peak RMS (or the last). */
export async function waitForSound(page: Page, threshold = 0.02, timeoutMs = 8000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let peak = 0;
  while (Date.now() < deadline) {
    const { samples, sampleRate } = await heard(page);
    const win = Math.round(sampleRate * 0.05);
    for (let i = 0; i + win <= samples.length; i += win) peak = Math.max(peak, rms(samples, i, i + win));
    if (peak > threshold) return peak;
    await page.waitForTimeout(100);
  }
  return peak;
}

/**
 * Waits until the probe has heard `quietMs` of silence in a row (a phrase's tail, or one whose start the page had
 * not yet shown, has played out). Audio runs on the real clock, so this polls it; false if never quiet in time.
 */
export async function waitForQuiet(page: Page, quietMs = 1000, timeoutMs = 15000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await resetProbe(page);
    await page.waitForTimeout(quietMs);
    const { samples, sampleRate } = await heard(page);
    const win = Math.round(sampleRate * 0.05);
    let peak = 0;
    for (let i = 0; i + win <= samples.length; i += win) peak = Math.max(peak, rms(samples, i, i + win));
    if (peak < 0.005) return true;
  }
  return false;
}
