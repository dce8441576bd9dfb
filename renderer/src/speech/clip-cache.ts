import { call } from '../api/client';

/**
 * Recorded clips of one visit: which keys exist per language (asked once per visit: staff may record between
 * visits) and their decoded buffers. Both are kept as promises for the async path and as plain values once
 * settled, so a touch can start a known clip synchronously, before anything renders.
 */
export class ClipCache {
  private readonly keys = new Map<string, Promise<Set<string>>>();
  private readonly settledKeys = new Map<string, Set<string>>();
  private readonly buffers = new Map<string, Promise<AudioBuffer | null>>();
  private readonly decoded = new Map<string, AudioBuffer>();

  constructor(private readonly context: () => AudioContext | null) {}

  keysFor(lang: string): Promise<Set<string>> {
    let keys = this.keys.get(lang);
    if (!keys) {
      keys = call('listClips', { lang }).then(
        (list) => new Set(list),
        () => new Set<string>(),
      );
      this.keys.set(lang, keys);
      void keys.then((set) => this.settledKeys.set(lang, set));
    }
    return keys;
  }

  /** The recorded keys of a language if already known; undefined while not asked or in flight. */
  knownKeys(lang: string): Set<string> | undefined {
    return this.settledKeys.get(lang);
  }

  async buffer(lang: string, key: string): Promise<AudioBuffer | null> {
    const ctx = this.context();
    if (!ctx || !(await this.keysFor(lang)).has(key)) return null;
    const id = `${lang}|${key}`;
    let buffer = this.buffers.get(id);
    if (!buffer) {
      buffer = fetch(`/clips/${lang}/${encodeURIComponent(key)}.wav`)
        .then((res) => (res.ok ? res.arrayBuffer() : Promise.reject(new Error(`clip ${res.status}`))))
        .then((bytes) => ctx.decodeAudioData(bytes))
        .then((decoded) => {
          this.decoded.set(id, decoded);
          return decoded;
        })
        .catch(() => null);
      this.buffers.set(id, buffer);
    }
    return buffer;
  }

  /** A decoded clip, if it is ready now. */
  ready(lang: string, key: string): AudioBuffer | undefined {
    return this.decoded.get(`${lang}|${key}`);
  }

  clear(): void {
    this.keys.clear();
    this.settledKeys.clear();
    this.buffers.clear();
    this.decoded.clear();
  }
}
