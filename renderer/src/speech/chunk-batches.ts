/** espeak-ng's 16-bit samples as Web Audio's floats in [-1, 1]. */
export function toFloat(samples: Int16Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! / 32768;
  return out;
}

/** Quieter than this (about -54 dBFS) is silence before the first word. */
const silence = 64;

/**
 * Where a phrase's sound starts: espeak-ng begins many phrases with silence (none in English, 42 ms in Tigrinya and
 * Chinese, 62 ms in Arabic), which a visitor would otherwise wait through after every touch. The first kept sample
 * is at most 1/500 of full scale, so starting there makes no click.
 */
export function soundStart(samples: Int16Array): number {
  let i = 0;
  while (i < samples.length && Math.abs(samples[i]!) < silence) i++;
  return i;
}

/** The phrase without its leading silence (a view, not a copy). */
export function withoutLeadingSilence(samples: Int16Array): Int16Array {
  return samples.subarray(soundStart(samples));
}

/**
 * espeak-ng hands its samples over in 100 ms blocks. Posting each to the page would put a message and a Web Audio
 * node on the page's thread for every 100 ms of speech, some of them between a tap and the next screen's paint.
 * Here the leading silence is dropped and the first block with sound goes at once (the first sample is never
 * delayed); after it, blocks are held until they add up
 * to as much as everything sent before, so a sentence of n blocks crosses in about log2(n) + 1 messages. Synthesis
 * runs tens of times faster than speech, so each batch is there long before the audio before it has played.
 */
export class ChunkBatches {
  private sent = 0;
  private held: Int16Array[] = [];
  private heldLength = 0;
  private sampleRate = 0;
  private sounding = false;

  constructor(private readonly post: (samples: Float32Array<ArrayBuffer>, sampleRate: number) => void) {}

  push(block: Int16Array, sampleRate: number): void {
    if (!this.sounding) {
      const start = soundStart(block);
      if (start === block.length) return; // still silence: nothing to play yet
      block = block.subarray(start);
      this.sounding = true;
    }
    if (block.length === 0) return;
    this.sampleRate = sampleRate;
    this.held.push(block);
    this.heldLength += block.length;
    if (this.heldLength >= this.sent) this.flush();
  }

  /** Sends what is held (at the end of the phrase). */
  flush(): void {
    if (this.heldLength === 0) return;
    const out = new Float32Array(this.heldLength);
    let at = 0;
    for (const block of this.held) {
      out.set(toFloat(block), at);
      at += block.length;
    }
    this.sent += this.heldLength;
    this.held = [];
    this.heldLength = 0;
    this.post(out, this.sampleRate);
  }
}
