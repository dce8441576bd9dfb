import { espeakVoiceFor } from '../../../common/speech/espeak-engine';
import { PcmStream, platformVoice, playBuffer, playStream, playUtterance, samePhrase, toAudioBuffer } from './audio';
import type { Pcm, Playable } from './audio';
import { ClipCache } from './clip-cache';
import { PolyfillVoice } from './polyfill';
import { announcePhrase, type Phrase } from './phrase';
import { chooseSource, clamp, voiceFor, type SpeechSource } from './source';
import type { SpeechState } from './state';

export type { Phrase, SpeechSource, SpeechState };

/**
 * The kiosk's ONE speech engine. Every phrase goes through `speak`, which stops what is playing first
 * (EN 301 549 §5.1.3: stop on action) and takes, per phrase: (1) a recorded clip for that key and language,
 * (2) an installed platform voice for that language, (3) espeak-ng in a Web Worker, played through Web Audio.
 */
export class SpeechEngine {
  private ctx: AudioContext | null = null;
  private gain: GainNode | null = null;
  /** Stops what is playing now (a buffer, a stream of chunks), or null. */
  private halt: (() => void) | null = null;
  /** Bumped by every stop: async work started under an older generation is dropped. */
  private generation = 0;
  private defaults = { rate: 0.9, volume: 0.8 };
  private rate = 0.9;
  private state: SpeechState = { speaking: false, volume: 0.8, missingLang: null, standIn: null };
  /** Stand-in voices for languages with none of their own, e.g. { ps: 'fa' } (off unless IT sets them). */
  private fallback: Partial<Record<string, string>> = {};
  private readonly listeners = new Set<(s: SpeechState) => void>();
  private readonly clips = new ClipCache(() => this.ctx);
  /** Synthesised audio by language, rate and text: a repeated phrase starts at once. */
  private readonly synthesised = new Map<string, Promise<Pcm | null>>();
  /** The same, converted for Web Audio once synthesised: what a touch can start synchronously. */
  private readonly decoded = new Map<string, AudioBuffer>();
  /** Phrases every visitor hears the same (the start screen's): kept across visits, rendered ahead of time. */
  private readonly kept = new Set<string>();
  private readonly polyfill = new PolyfillVoice();
  /** The speak() call in progress: its first phrase, generation and completion. */
  private running: { first: Phrase; gen: number; done: Promise<SpeechSource[]> } | null = null;

  /** The settings' rate and volume: where each visit starts and returns to. */
  configure(defaults: { rate: number; volume: number; fallbackVoices?: Partial<Record<string, string>> }): void {
    this.fallback = defaults.fallbackVoices ?? {};
    this.defaults = { rate: clamp(defaults.rate, 0.5, 1.5), volume: clamp(defaults.volume, 0, 1) };
    this.rate = this.defaults.rate;
    this.setVolume(this.defaults.volume);
  }

  subscribe(listener: (s: SpeechState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): SpeechState {
    return this.state;
  }

  private update(patch: Partial<SpeechState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  /** The audio output, created suspended if no touch has come yet (buffers can be made ahead on it). */
  private context(): AudioContext {
    if (!this.ctx) {
      this.ctx = new AudioContext({ latencyHint: 'interactive' });
      this.gain = this.ctx.createGain();
      this.gain.gain.value = this.state.volume;
      this.gain.connect(this.ctx.destination);
    }
    return this.ctx;
  }

  /** Browsers allow audio only after a gesture: the first touch creates (or resumes) the audio output. */
  unlock(): void {
    const ctx = this.context();
    if (ctx.state === 'suspended') void ctx.resume();
  }

  get unlocked(): boolean {
    return this.ctx?.state === 'running';
  }

  /** Starts the polyfill's worker early so the first synthesised phrase does not wait for it. */
  warm(): void {
    this.polyfill.warm();
  }

  /**
   * Synthesises phrases in the background (at low priority in the worker) so their first touch starts at once.
   * For phrases that are the same for every visitor; they survive reset().
   */
  prerender(phrases: Phrase[]): void {
    for (const lang of new Set(phrases.map((p) => p.lang))) void this.clips.keysFor(lang);
    for (const p of phrases) {
      if (platformVoice(p.lang) || !espeakVoiceFor(p.lang)) continue;
      const id = this.synthId(p);
      this.kept.add(id);
      // Converted for Web Audio as soon as it exists, so the touch that asks for it plays it synchronously.
      void this.synthesise(p, id, 'background').then((pcm) => pcm && this.bufferFor(id, pcm));
    }
  }

  /** Whether anything but a recorded clip can speak this language here. */
  hasVoice(lang: string): boolean {
    return platformVoice(lang) !== null || espeakVoiceFor(lang) !== null;
  }

  setVolume(volume: number): void {
    const v = Math.round(clamp(volume, 0, 1) * 10) / 10;
    if (this.gain && this.ctx) this.gain.gain.setValueAtTime(v, this.ctx.currentTime);
    this.update({ volume: v });
  }

  /** Speech rate, 1 = normal (espeak-ng and platform voices; clips play as recorded). Back to default on reset. */
  setRate(rate: number): void {
    this.rate = clamp(rate, 0.5, 1.5);
  }

  stop(): void {
    this.generation++;
    try {
      this.halt?.();
    } catch {
      // already ended
    }
    this.halt = null;
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    if (this.state.speaking) this.update({ speaking: false });
  }

  /** A visitor left: silence, defaults back, and nothing kept of what they listened to. */
  reset(): void {
    this.stop();
    this.clips.clear();
    for (const id of [...this.synthesised.keys()]) if (!this.kept.has(id)) this.synthesised.delete(id);
    for (const id of [...this.decoded.keys()]) if (!this.kept.has(id)) this.decoded.delete(id);
    this.rate = this.defaults.rate;
    this.setVolume(this.defaults.volume);
    this.update({ missingLang: null, standIn: null });
  }

  /**
   * Says the phrases in order, after stopping anything playing. With `continueSame`, when the first phrase is
   * the one already being said (a card's label, then the screen it opens, titled the same), that one carries on
   * and the rest follow it instead of restarting. Resolves with each phrase's source.
   */
  speak(phrases: Phrase[], options: { continueSame?: boolean } = {}): Promise<SpeechSource[]> {
    const wanted = phrases.filter((p) => p.text.trim() !== '');
    const running = this.running;
    if (options.continueSame && running && running.gen === this.generation && samePhrase(running.first, wanted[0])) {
      const gen = this.generation;
      const done = running.done.then(async (first) =>
        gen === this.generation ? [...first.slice(0, 1), ...(await this.sequence(wanted.slice(1), gen))] : first,
      );
      this.running = { first: wanted[0]!, gen, done };
      return done;
    }
    this.stop();
    const gen = this.generation;
    // A clip or phrase already decoded starts here, inside the touch handler, before any screen renders.
    const ready = wanted[0] ? this.readyNow(wanted[0]) : null;
    const started = ready ? { source: ready.source, done: this.play(ready, wanted[0]!) } : null;
    const done = this.sequence(wanted, gen, started);
    this.running = wanted[0] ? { first: wanted[0], gen, done } : null;
    return done;
  }

  private async sequence(
    wanted: Phrase[],
    gen: number,
    started: { source: SpeechSource; done: Promise<void> } | null = null,
  ): Promise<SpeechSource[]> {
    if (wanted.length === 0) return [];
    this.update({ speaking: true, missingLang: null });
    // Resolve every phrase at once (synthesis of the next overlaps playback of the first), then play in order.
    const resolved = wanted.map((p, i) => (i === 0 && started ? null : this.resolve(p)));
    const sources: SpeechSource[] = [];
    for (const [i, pending] of resolved.entries()) {
      if (!pending && started) {
        sources.push(started.source);
        announcePhrase(wanted[i]!, started.source); // already sounding: started in the touch handler
        await started.done;
        if (gen !== this.generation) return sources;
        continue;
      }
      const playable = await pending;
      if (gen !== this.generation) return sources;
      if (!playable) {
        sources.push('none');
        this.update({ missingLang: wanted[i]!.lang });
        continue;
      }
      sources.push(playable.source);
      const voiceLang = playable.source === 'espeak' ? voiceFor(this.fallback, wanted[i]!.lang) : wanted[i]!.lang;
      if (voiceLang !== wanted[i]!.lang) this.update({ standIn: { lang: wanted[i]!.lang, voice: voiceLang } });
      announcePhrase(wanted[i]!, playable.source);
      await this.play(playable, wanted[i]!);
      if (gen !== this.generation) return sources;
    }
    this.update({ speaking: false });
    return sources;
  }

  /** What can play this phrase right now without waiting for anything; null sends it down the async path. */
  private readyNow(phrase: Phrase): Playable | null {
    if (!this.ctx) return null;
    const keys = this.clips.knownKeys(phrase.lang);
    if (!keys) return null;
    const spoken = { ...phrase, lang: voiceFor(this.fallback, phrase.lang) };
    const source = chooseSource({
      clip: !!phrase.key && keys.has(phrase.key),
      platformVoice: platformVoice(phrase.lang) !== null,
      espeakVoice: espeakVoiceFor(spoken.lang) !== null,
      audio: true,
    });
    if (source === 'clip') {
      const clip = this.clips.ready(phrase.lang, phrase.key!);
      return clip ? { source, buffer: clip } : null;
    }
    if (source !== 'espeak') return null;
    const buffer = this.decoded.get(this.synthId(spoken));
    return buffer ? { source, buffer } : null;
  }

  private async resolve(phrase: Phrase): Promise<Playable | null> {
    const clip = phrase.key ? await this.clips.buffer(phrase.lang, phrase.key) : null;
    const voice = platformVoice(phrase.lang);
    // A language without a voice of its own may be read by the stand-in IT chose (settings fallbackVoices).
    const spoken = { ...phrase, lang: voiceFor(this.fallback, phrase.lang) };
    const source = chooseSource({
      clip: clip !== null,
      platformVoice: voice !== null,
      espeakVoice: espeakVoiceFor(spoken.lang) !== null,
      audio: this.ctx !== null,
    });
    if (source === 'clip') return { source, buffer: clip! };
    if (source === 'platform') return { source, voice: voice! };
    if (source === 'none') return null;
    const id = this.synthId(spoken);
    const ready = this.decoded.get(id);
    if (ready) return { source, buffer: ready };
    const inFlight = this.synthesised.get(id);
    if (inFlight) {
      const pcm = await inFlight;
      return pcm ? { source, buffer: this.bufferFor(id, pcm) } : null;
    }
    // New text: played chunk by chunk as espeak-ng produces it, kept whole for the next time.
    const stream = new PcmStream();
    void this.synthesise(spoken, id, 'now', (samples, rate) => stream.push(samples, rate)).then((pcm) => {
      if (pcm) this.bufferFor(id, pcm);
      stream.end();
    });
    return { source, stream };
  }

  private bufferFor(id: string, pcm: Pcm): AudioBuffer {
    let buffer = this.decoded.get(id);
    if (!buffer) this.decoded.set(id, (buffer = toAudioBuffer(this.context(), pcm)));
    return buffer;
  }

  private synthId(phrase: Phrase): string {
    return `${phrase.lang}|${this.rate}|${phrase.text}`;
  }

  private synthesise(
    phrase: Phrase,
    id: string,
    priority: 'now' | 'background',
    onChunk?: (samples: Float32Array<ArrayBuffer>, sampleRate: number) => void,
  ): Promise<Pcm | null> {
    let pcm = this.synthesised.get(id);
    if (!pcm) {
      pcm = this.polyfill.synthesize(phrase.lang, phrase.text, this.rate, priority, onChunk).then(
        (audio) => audio,
        () => {
          this.synthesised.delete(id);
          return null;
        },
      );
      this.synthesised.set(id, pcm);
    }
    return pcm;
  }

  private play(playable: Playable, phrase: Phrase): Promise<void> {
    if (playable.source === 'platform') return playUtterance(playable.voice, phrase.text, this.rate, this.state.volume);
    const ctx = this.context();
    const playing =
      'stream' in playable
        ? playStream(ctx, this.gain!, playable.stream)
        : playBuffer(ctx, this.gain!, playable.buffer);
    this.halt = playing.stop;
    return playing.done;
  }
}

/** The kiosk has one engine; components reach it through useSpeech(). */
export const speech = new SpeechEngine();
