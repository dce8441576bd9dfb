import { call } from '../api/client';
import { espeakVoiceFor } from '../../../common/speech/espeak-engine';
import { platformVoice, samePhrase, toAudioBuffer, type Pcm } from './audio';
import { PolyfillVoice } from './polyfill';
import { announcePhrase, type Phrase } from './phrase';
import { chooseSource, voiceFor, type SpeechSource } from './source';

export type { Phrase };

export type { SpeechSource };

export interface SpeechState {
  speaking: boolean;
  volume: number;
  /** Language of the last phrase nothing could speak: the UI shows calmly that audio is not yet available. */
  missingLang: string | null;
  /** A language read by a stand-in voice IT chose (settings fallbackVoices): the UI says so. */
  standIn: { lang: string; voice: string } | null;
}

type Playable =
  { source: 'clip' | 'espeak'; buffer: AudioBuffer } | { source: 'platform'; voice: SpeechSynthesisVoice };

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * The kiosk's ONE speech engine. Every phrase goes through `speak`, which stops what is playing first
 * (EN 301 549 §5.1.3: stop on action) and takes, per phrase: (1) a recorded clip for that key and language,
 * (2) an installed platform voice for that language, (3) espeak-ng in a Web Worker, played through Web Audio.
 */
export class SpeechEngine {
  private ctx: AudioContext | null = null;
  private gain: GainNode | null = null;
  private playing: AudioBufferSourceNode | null = null;
  /** Bumped by every stop: async work started under an older generation is dropped. */
  private generation = 0;
  private defaults = { rate: 0.9, volume: 0.8 };
  private rate = 0.9;
  private state: SpeechState = { speaking: false, volume: 0.8, missingLang: null, standIn: null };
  /** Stand-in voices for languages with none of their own, e.g. { ps: 'fa' } (off unless IT sets them). */
  private fallback: Partial<Record<string, string>> = {};
  private readonly listeners = new Set<(s: SpeechState) => void>();
  private readonly clipKeys = new Map<string, Promise<Set<string>>>();
  /** Decoded recorded clips, per visit. */
  private readonly clips = new Map<string, Promise<AudioBuffer | null>>();
  /** Synthesised audio by language, rate and text: a repeated phrase starts at once. */
  private readonly synthesised = new Map<string, Promise<Pcm | null>>();
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

  /** Browsers allow audio only after a gesture: the first touch creates (or resumes) the audio output. */
  unlock(): void {
    if (!this.ctx) {
      this.ctx = new AudioContext({ latencyHint: 'interactive' });
      this.gain = this.ctx.createGain();
      this.gain.gain.value = this.state.volume;
      this.gain.connect(this.ctx.destination);
    }
    if (this.ctx.state === 'suspended') void this.ctx.resume();
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
    for (const lang of new Set(phrases.map((p) => p.lang))) void this.clipKeysFor(lang);
    for (const p of phrases) {
      if (platformVoice(p.lang) || !espeakVoiceFor(p.lang)) continue;
      const id = this.synthId(p);
      this.kept.add(id);
      void this.synthesise(p, id, 'background');
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
      this.playing?.stop();
    } catch {
      // already ended
    }
    this.playing = null;
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    if (this.state.speaking) this.update({ speaking: false });
  }

  /** A visitor left: silence, defaults back, and nothing kept of what they listened to. */
  reset(): void {
    this.stop();
    this.clips.clear();
    this.clipKeys.clear();
    for (const id of [...this.synthesised.keys()]) if (!this.kept.has(id)) this.synthesised.delete(id);
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
    const done = this.sequence(wanted, gen);
    this.running = wanted[0] ? { first: wanted[0], gen, done } : null;
    return done;
  }

  private async sequence(wanted: Phrase[], gen: number): Promise<SpeechSource[]> {
    if (wanted.length === 0) return [];
    this.update({ speaking: true, missingLang: null });
    // Resolve every phrase at once (synthesis of the next overlaps playback of the first), then play in order.
    const resolved = wanted.map((p) => this.resolve(p));
    const sources: SpeechSource[] = [];
    for (const [i, pending] of resolved.entries()) {
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

  private async resolve(phrase: Phrase): Promise<Playable | null> {
    const clip = phrase.key ? await this.clip(phrase.lang, phrase.key) : null;
    const voice = platformVoice(phrase.lang);
    const ctx = this.ctx;
    // A language without a voice of its own may be read by the stand-in IT chose (settings fallbackVoices).
    const spoken = { ...phrase, lang: voiceFor(this.fallback, phrase.lang) };
    const source = chooseSource({
      clip: clip !== null,
      platformVoice: voice !== null,
      espeakVoice: espeakVoiceFor(spoken.lang) !== null,
      audio: ctx !== null,
    });
    if (source === 'clip') return { source, buffer: clip! };
    if (source === 'platform') return { source, voice: voice! };
    if (source === 'none' || !ctx) return null;
    const pcm = await this.synthesise(spoken, this.synthId(spoken), 'now');
    return pcm ? { source: 'espeak', buffer: toAudioBuffer(ctx, pcm) } : null;
  }

  private synthId(phrase: Phrase): string {
    return `${phrase.lang}|${this.rate}|${phrase.text}`;
  }

  private synthesise(phrase: Phrase, id: string, priority: 'now' | 'background'): Promise<Pcm | null> {
    let pcm = this.synthesised.get(id);
    if (!pcm) {
      pcm = this.polyfill.synthesize(phrase.lang, phrase.text, this.rate, priority).then(
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

  private async clip(lang: string, key: string): Promise<AudioBuffer | null> {
    if (!this.ctx) return null;
    if (!(await this.clipKeysFor(lang)).has(key)) return null;
    const id = `clip|${lang}|${key}`;
    let buffer = this.clips.get(id);
    if (!buffer) {
      const ctx = this.ctx;
      buffer = fetch(`/clips/${lang}/${encodeURIComponent(key)}.wav`)
        .then((res) => (res.ok ? res.arrayBuffer() : Promise.reject(new Error(`clip ${res.status}`))))
        .then((bytes) => ctx.decodeAudioData(bytes))
        .catch(() => null);
      this.clips.set(id, buffer);
    }
    return buffer;
  }

  /** The keys recorded in a language, asked once per visit (staff may record between visits). */
  private clipKeysFor(lang: string): Promise<Set<string>> {
    let keys = this.clipKeys.get(lang);
    if (!keys) {
      keys = call('listClips', { lang }).then(
        (list) => new Set(list),
        () => new Set<string>(),
      );
      this.clipKeys.set(lang, keys);
    }
    return keys;
  }

  private play(playable: Playable, phrase: Phrase): Promise<void> {
    if (playable.source === 'platform') {
      return new Promise((done) => {
        const u = new SpeechSynthesisUtterance(phrase.text);
        u.voice = playable.voice;
        u.lang = playable.voice.lang;
        u.rate = this.rate;
        u.volume = this.state.volume;
        u.onend = () => done();
        u.onerror = () => done();
        window.speechSynthesis.speak(u);
      });
    }
    const ctx = this.ctx!;
    return new Promise((done) => {
      const node = ctx.createBufferSource();
      node.buffer = playable.buffer;
      node.connect(this.gain!);
      node.onended = () => {
        if (this.playing === node) this.playing = null;
        done();
      };
      this.playing = node;
      node.start();
    });
  }
}

/** The kiosk has one engine; components reach it through useSpeech(). */
export const speech = new SpeechEngine();
