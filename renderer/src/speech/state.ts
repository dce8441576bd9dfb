/** What the speech bar shows: speaking or not, the volume, and why a phrase could not be heard. */
export interface SpeechState {
  speaking: boolean;
  volume: number;
  /** Language of the last phrase nothing could speak: the UI shows calmly that audio is not yet available. */
  missingLang: string | null;
  /** A language read by a stand-in voice IT chose (settings fallbackVoices): the UI says so. */
  standIn: { lang: string; voice: string } | null;
}
