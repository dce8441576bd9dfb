import { platformVoice, playBuffer, playStream, playUtterance, toAudioBuffer } from './audio';
import type { AudioOutput, Playable, Playing } from './output';
import type { Pcm } from './pcm';

/** The kiosk's output: one AudioContext and its volume, and the platform's speechSynthesis. */
export class WebAudioOutput implements AudioOutput {
  private ctx: AudioContext | null = null;
  private gain: GainNode | null = null;
  private volume = 0.8;

  get ready(): boolean {
    return this.ctx !== null;
  }

  get unlocked(): boolean {
    return this.ctx?.state === 'running';
  }

  /** The first touch creates (or resumes) the output. */
  unlock(): void {
    const ctx = this.context();
    if (ctx.state === 'suspended') void ctx.resume();
  }

  setVolume(volume: number): void {
    this.volume = volume;
    if (this.gain && this.ctx) this.gain.gain.setValueAtTime(volume, this.ctx.currentTime);
  }

  toSound(pcm: Pcm): AudioBuffer {
    return toAudioBuffer(this.context(), pcm);
  }

  decode(bytes: ArrayBuffer): Promise<AudioBuffer> {
    return this.context().decodeAudioData(bytes);
  }

  platformVoice(lang: string): SpeechSynthesisVoice | null {
    return platformVoice(lang);
  }

  play(playable: Playable, text: string, rate: number): Playing {
    if (playable.source === 'platform')
      return { done: playUtterance(playable.voice, text, rate, this.volume), stop: () => speechSynthesis.cancel() };
    const ctx = this.context();
    return 'stream' in playable
      ? playStream(ctx, this.gain!, playable.stream)
      : playBuffer(ctx, this.gain!, playable.buffer);
  }

  /** Created suspended if no touch has come yet: buffers can be made ahead on it. */
  private context(): AudioContext {
    if (!this.ctx) {
      this.ctx = new AudioContext({ latencyHint: 'interactive' });
      this.gain = this.ctx.createGain();
      this.gain.gain.value = this.volume;
      this.gain.connect(this.ctx.destination);
    }
    return this.ctx;
  }
}
