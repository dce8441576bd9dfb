/** What the speech bar shows: speaking or not, the volume, and why a phrase could not be heard. */
export interface SpeechState {
  speaking: boolean;
  volume: number;
  /** Language of the last phrase nothing could speak: the UI shows calmly that audio is not yet available. */
  missingLang: string | null;
  /** A language read by a stand-in voice IT chose (settings fallbackVoices): the UI says so. */
  standIn: { lang: string; voice: string } | null;
}

/** The speech state and who listens to it (the speech bar, through useSpeechState). */
export class SpeechStateStore {
  private state: SpeechState = { speaking: false, volume: 0.8, missingLang: null, standIn: null };
  private readonly listeners = new Set<(s: SpeechState) => void>();

  subscribe(listener: (s: SpeechState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): SpeechState {
    return this.state;
  }

  update(patch: Partial<SpeechState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
