import { valueStore } from '../value-store';

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
  private readonly store = valueStore<SpeechState>({ speaking: false, volume: 0.8, missingLang: null, standIn: null });

  subscribe(listener: () => void): () => void {
    return this.store.subscribe(listener);
  }

  snapshot(): SpeechState {
    return this.store.get();
  }

  update(patch: Partial<SpeechState>): void {
    this.store.set({ ...this.store.get(), ...patch });
  }
}
