/** Synthesised audio as the speech worker hands it over: floats in [-1, 1]. */
export interface Pcm {
  samples: Float32Array<ArrayBuffer>;
  sampleRate: number;
}

/**
 * Synthesised samples arriving in chunks: kept until a player drains them, then handed over as they come.
 */
export class PcmStream {
  private pending: Pcm[] = [];
  private each: ((chunk: Pcm) => void) | null = null;
  private ended = false;
  private onEnd: (() => void) | null = null;

  push(samples: Float32Array<ArrayBuffer>, sampleRate: number): void {
    const chunk = { samples, sampleRate };
    if (this.each) this.each(chunk);
    else this.pending.push(chunk);
  }

  end(): void {
    this.ended = true;
    this.onEnd?.();
  }

  drain(each: (chunk: Pcm) => void, end: () => void): void {
    for (const chunk of this.pending) each(chunk);
    this.pending = [];
    this.each = each;
    if (this.ended) end();
    else this.onEnd = end;
  }
}
