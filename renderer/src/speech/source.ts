import { espeakVoiceFor } from '../../../common/speech/espeak-engine';

/** The three sources, in the order they are tried; 'none' when a language has no voice and no clip. */
export type SpeechSource = 'clip' | 'platform' | 'espeak' | 'none';

/**
 * Which source speaks a phrase: a recorded clip (a human voice) first, then the platform's own voice for the
 * language, then espeak-ng when it has a voice and audio can play; otherwise none (the UI says audio is not
 * yet available in that language).
 */
export function chooseSource(has: { clip: boolean; platformVoice: boolean; espeakVoice: boolean; audio: boolean }) {
  if (has.clip) return 'clip' satisfies SpeechSource;
  if (has.platformVoice) return 'platform' satisfies SpeechSource;
  if (has.espeakVoice && has.audio) return 'espeak' satisfies SpeechSource;
  return 'none' satisfies SpeechSource;
}

/** The language whose synthetic voice reads `lang`: its own, or the stand-in IT chose when it has none. */
export function voiceFor(fallback: Partial<Record<string, string>>, lang: string): string {
  return espeakVoiceFor(lang) ? lang : (fallback[lang] ?? lang);
}

/** A setting kept within its range (rate, volume). */
export const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
