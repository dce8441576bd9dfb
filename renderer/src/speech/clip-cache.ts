/** Where recorded clips come from: the keys recorded in each of some languages, and one clip's decoded audio. */
export interface ClipSource {
  list(langs: string[]): Promise<Partial<Record<string, string[]>>>;
  load(lang: string, key: string): Promise<AudioBuffer>;
}

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

  constructor(private readonly source: ClipSource) {}

  keysFor(lang: string): Promise<Set<string>> {
    this.ask([lang]);
    return this.keys.get(lang)!;
  }

  /**
   * Asks, in one call, the recorded keys of those of `langs` not asked yet in this visit: the start screen asks
   * for all its languages at once rather than one call each (17 after every visit).
   */
  ask(langs: readonly string[]): void {
    const missing = [...new Set(langs)].filter((lang) => !this.keys.has(lang));
    if (missing.length === 0) return;
    const answer = this.source.list(missing).catch(() => ({}) as Partial<Record<string, string[]>>);
    for (const lang of missing) {
      const keys = answer.then((all) => new Set(all[lang] ?? []));
      this.keys.set(lang, keys);
      // Settled after a clear(): the visit that asked has ended, keep nothing of it.
      void keys.then((set) => this.keys.get(lang) === keys && this.settledKeys.set(lang, set));
    }
  }

  /** The recorded keys of a language if already known; undefined while not asked or in flight. */
  knownKeys(lang: string): Set<string> | undefined {
    return this.settledKeys.get(lang);
  }

  async buffer(lang: string, key: string): Promise<AudioBuffer | null> {
    if (!(await this.keysFor(lang)).has(key)) return null;
    const id = `${lang}|${key}`;
    let buffer = this.buffers.get(id);
    if (!buffer) {
      const loading = this.source
        .load(lang, key)
        .then((decoded) => {
          if (this.buffers.get(id) === loading) this.decoded.set(id, decoded);
          return decoded;
        })
        .catch(() => null);
      this.buffers.set(id, (buffer = loading));
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
