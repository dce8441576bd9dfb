import type { Pcm, PcmStream } from './pcm';

/** What the engine plays a phrase with: a decoded buffer, synthesised chunks as they come, or a platform voice. */
export type Playable =
  | { source: 'clip' | 'espeak'; buffer: AudioBuffer }
  | { source: 'espeak'; stream: PcmStream }
  | { source: 'platform'; voice: SpeechSynthesisVoice };

/** A phrase that is sounding: `done` resolves when it has played or was stopped. */
export interface Playing {
  done: Promise<void>;
  stop: () => void;
}

/**
 * Where phrases are heard: Web Audio and the platform's voices in the kiosk (web-audio-output.ts), a recorder in
 * the unit tests. The engine decides what to say and when; the output only plays it.
 */
export interface AudioOutput {
  /** Whether buffers can be made and played: the output exists (made ahead, or by the first touch). */
  readonly ready: boolean;
  /** Whether sound is allowed: a touch has come (browsers allow audio only after a gesture). */
  readonly unlocked: boolean;
  unlock(): void;
  setVolume(volume: number): void;
  /** Synthesised audio made playable; made once per Pcm. */
  toSound(pcm: Pcm): AudioBuffer;
  /** A recorded clip's WAV bytes, decoded. */
  decode(bytes: ArrayBuffer): Promise<AudioBuffer>;
  /** An installed platform voice for the language, if any. */
  platformVoice(lang: string): SpeechSynthesisVoice | null;
  play(playable: Playable, text: string, rate: number): Playing;
}
