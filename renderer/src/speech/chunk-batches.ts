/** espeak-ng's 16-bit samples as Web Audio's floats in [-1, 1]. */
export function toFloat(samples: Int16Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! / 32768;
  return out;
}

/**
 * espeak-ng hands its samples over in 100 ms blocks. Posting each to the page would put a message and a Web Audio
 * node on the page's thread for every 100 ms of speech, some of them between a tap and the next screen's paint.
 * Here the first block goes at once (the first sample is never delayed); after it, blocks are held until they add up
 * to as much as everything sent before, so a sentence of n blocks crosses in about log2(n) + 1 messages. Synthesis
 * runs tens of times faster than speech, so each batch is there long before the audio before it has played.
 */
export class ChunkBatches {
  private sent = 0;
  private held: Int16Array[] = [];
  private heldLength = 0;
  private sampleRate = 0;

  constructor(private readonly post: (samples: Float32Array<ArrayBuffer>, sampleRate: number) => void) {}

  push(block: Int16Array, sampleRate: number): void {
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
