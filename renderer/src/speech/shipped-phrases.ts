import { toFloat } from './chunk-batches';
import type { Pcm } from './pcm';

/** One phrase synthesised at build time: said by `lang`'s voice, its samples at `offset` in `file` (16-bit). */
export interface ShippedPhrase {
  lang: string;
  text: string;
  file: string;
  sampleRate: number;
  offset: number;
  length: number;
}

/** What the build wrote (renderer/vite-start-phrases.ts): the rate every phrase was synthesised at, and each phrase. */
export interface ShippedIndex {
  rate: number;
  phrases: ShippedPhrase[];
}

/** Where the engine finds a phrase's shipped samples: null when it was not shipped (another rate, text or voice). */
export interface ShippedSource {
  find(said: { lang: string; text: string }, rate: number): Promise<Pcm | null> | null;
}

/**
 * The start screen's phrases as the build synthesised them, by the same espeak-ng build and voice data as the
 * speech worker, and trimmed the same way: the same samples the worker would hand over. Each file (one per
 * language) is read when its phrases are asked; a file that cannot be read gives null, and the engine has the
 * worker synthesise the phrase instead.
 */
export class ShippedPhrases implements ShippedSource {
  private readonly files = new Map<string, Promise<ArrayBuffer | null>>();

  constructor(
    private readonly index: ShippedIndex,
    private readonly read: (file: string) => Promise<ArrayBuffer>,
  ) {}

  find(said: { lang: string; text: string }, rate: number): Promise<Pcm | null> | null {
    if (rate !== this.index.rate) return null;
    const phrase = this.index.phrases.find((p) => p.lang === said.lang && p.text === said.text);
    if (!phrase) return null;
    return this.file(phrase.file).then((bytes) => {
      if (!bytes || bytes.byteLength < (phrase.offset + phrase.length) * 2) return null;
      return {
        samples: toFloat(new Int16Array(bytes, phrase.offset * 2, phrase.length)),
        sampleRate: phrase.sampleRate,
      };
    });
  }

  /**
   * A file's bytes, read once for the phrases asked together (a language's, in one task). Not kept once read: the
   * engine keeps the phrases themselves, and asks again only for one it could not make (read again then).
   */
  private file(name: string): Promise<ArrayBuffer | null> {
    let bytes = this.files.get(name);
    if (!bytes) {
      bytes = this.read(name).catch(() => null);
      this.files.set(name, bytes);
      void bytes.then(() => this.files.delete(name));
    }
    return bytes;
  }
}
