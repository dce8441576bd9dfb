import { espeakVoiceFor } from '../../../common/speech/espeak-engine';
import { BridgeRoute, type Bridged, type Resolved } from './bridge-route';
import { ClipCache, type ClipSource } from './clip-cache';
import type { AudioOutput } from './output';
import { PcmStream } from './pcm';
import type { ShippedSource } from './shipped-phrases';
import { samePhrase, type Phrase } from './phrase';
import { chooseSource, clamp, voiceFor, type SpeechSource } from './source';
import { SpeechStateStore, type SpeechState } from './state';
import { SynthCache, type Synthesiser } from './synth-cache';

/** What the engine is built from: the kiosk's (engine.ts) or a unit test's fakes. */
export interface SpeechParts {
  output: AudioOutput;
  synthesiser: Synthesiser;
  clips: ClipSource;
  /** Phrases synthesised at build time (the start screen's): rendered ahead without the worker. */
  shipped?: ShippedSource;
  /** Told of each phrase as it starts (see announcePhrase), with the bridge-language phrase said for it, if any. */
  announce: (phrase: Phrase, source: SpeechSource, bridge?: Phrase) => void;
}

/**
 * The kiosk's ONE speech engine: it sequences phrases. Every phrase goes through `speak`, which stops what is
 * playing first (EN 301 549 §5.1.3: stop on action) and takes, per phrase: (1) a recorded clip for that key and
 * language, (2) an installed platform voice for that language, (3) espeak-ng in a Web Worker; failing all three, (4)
 * the phrase in its bridge language (bridge-route.ts), by that language's clip or voice. Stopping also takes
 * the stopped phrases out of the worker's queue, and the end of a visit forgets everything of it.
 */
export class SpeechEngine {
  /** Stops what is playing now (a buffer, a stream of chunks, an utterance), or null. */
  private halt: (() => void) | null = null;
  /** Bumped by every stop: async work started under an older generation is dropped. */
  private generation = 0;
  private defaults = { rate: 0.9, volume: 0.8 };
  private rate = 0.9;
  /** Stand-in voices for languages with none of their own, e.g. { ps: 'fa' } (off unless IT sets them). */
  private fallback: Partial<Record<string, string>> = {};
  private readonly state = new SpeechStateStore();
  /** Voiceless languages' phrases said in a bridge language (its translator set by renderer/src/bridge). */
  readonly bridges = new BridgeRoute(
    (lang) => this.hasVoice(voiceFor(this.fallback, lang)),
    (lang) => this.hasVoice(lang),
  );
  private readonly output: AudioOutput;
  private readonly clips: ClipCache;
  private readonly synthesised: SynthCache;
  /** The speak() call in progress: its first phrase, generation and completion. */
  private running: { first: Phrase; gen: number; done: Promise<SpeechSource[]> } | null = null;

  constructor(private readonly parts: SpeechParts) {
    this.output = parts.output;
    this.clips = new ClipCache(parts.clips);
    this.synthesised = new SynthCache(parts.synthesiser, (pcm) => this.output.toSound(pcm));
  }

  /** The settings' rate and volume: where each visit starts and returns to. */
  configure(defaults: { rate: number; volume: number; fallbackVoices?: Partial<Record<string, string>> }): void {
    this.fallback = defaults.fallbackVoices ?? {};
    this.defaults = { rate: clamp(defaults.rate, 0.5, 1.5), volume: clamp(defaults.volume, 0, 1) };
    this.rate = this.defaults.rate;
    this.setVolume(this.defaults.volume);
  }

  subscribe(listener: () => void): () => void {
    return this.state.subscribe(listener);
  }

  snapshot(): SpeechState {
    return this.state.snapshot();
  }

  /** Browsers allow audio only after a gesture: the first touch creates (or resumes) the audio output. */
  unlock(): void {
    this.output.unlock();
  }

  get unlocked(): boolean {
    return this.output.unlocked;
  }

  /** Starts the synthesis worker early so the first synthesised phrase does not wait for it. */
  warm(): void {
    void this.parts.synthesiser.add({ warm: true }, 'background').answer.catch(() => null);
  }

  /**
   * Synthesises phrases in the background (at low priority in the worker) so their first touch starts at once.
   * For phrases that are the same for every visitor; they survive reset().
   */
  prerender(phrases: Phrase[]): void {
    // A voiceless language's phrase is rendered ahead in its bridge language, as it will be said.
    const said = phrases.map((p) => this.bridges.of(p) ?? p);
    this.clips.ask([...phrases, ...said].map((p) => p.lang));
    for (const p of said) {
      // As choose() will say it: by the language's own synthetic voice, or by the stand-in IT chose for it.
      const spoken = this.spokenBy(p);
      if (this.output.platformVoice(p.lang) || !espeakVoiceFor(spoken.lang)) continue;
      this.synthesised.prerender(
        this.synthId(spoken),
        { ...spoken, rate: this.rate },
        () => this.parts.shipped?.find(spoken, this.rate) ?? null,
      );
    }
  }

  /** Asks, in one call, which phrases are recorded in each of `langs` (a clip wins over a voice). */
  askClips(langs: readonly string[]): void {
    this.clips.ask(langs);
  }

  /** Whether anything but a recorded clip can speak this language here. */
  hasVoice(lang: string): boolean {
    return this.output.platformVoice(lang) !== null || espeakVoiceFor(lang) !== null;
  }

  setVolume(volume: number): void {
    const v = Math.round(clamp(volume, 0, 1) * 10) / 10;
    this.output.setVolume(v);
    this.state.update({ volume: v });
  }

  /** Speech rate, 1 = normal (espeak-ng and platform voices; clips play as recorded). Back to default on reset. */
  setRate(rate: number): void {
    this.rate = clamp(rate, 0.5, 1.5);
  }

  /** Silence now: what plays stops, and what was queued to be synthesised for it is dropped. */
  stop(): void {
    this.generation++;
    this.running = null;
    try {
      this.halt?.();
    } catch {
      // already ended
    }
    this.halt = null;
    this.synthesised.cancelLive();
    if (this.state.snapshot().speaking) this.state.update({ speaking: false });
  }

  /** A visitor left: silence, defaults back, and nothing kept of what they listened to. */
  reset(): void {
    this.stop();
    this.clips.clear();
    this.synthesised.forgetVisit();
    this.rate = this.defaults.rate;
    this.setVolume(this.defaults.volume);
    this.state.update({ missingLang: null, standIn: null });
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
    // Asked all at once, in order (synthesis of the next overlaps playback of the first).
    const resolved = wanted.map((p) => this.resolve(p));
    // A phrase whose audio is here starts now, inside the touch handler, before any screen renders.
    const first = resolved[0];
    const playingFirst = first && !(first instanceof Promise) ? this.play(first, wanted[0]!) : null;
    const done = this.sequence(wanted, gen, resolved, playingFirst);
    this.running = wanted[0] ? { first: wanted[0], gen, done } : null;
    return done;
  }

  private async sequence(
    wanted: Phrase[],
    gen: number,
    resolved: Resolved[] = wanted.map((p) => this.resolve(p)),
    playingFirst: Promise<void> | null = null,
  ): Promise<SpeechSource[]> {
    if (wanted.length === 0) return [];
    this.state.update({ speaking: true, missingLang: null });
    const sources: SpeechSource[] = [];
    for (const [i, phrase] of wanted.entries()) {
      const playable = await resolved[i];
      if (gen !== this.generation) return sources;
      if (!playable) {
        sources.push('none');
        this.state.update({ missingLang: phrase.lang });
        continue;
      }
      sources.push(playable.source);
      const voiceLang = playable.source === 'espeak' ? voiceFor(this.fallback, phrase.lang) : phrase.lang;
      if (voiceLang !== phrase.lang) this.state.update({ standIn: { lang: phrase.lang, voice: voiceLang } });
      this.parts.announce(phrase, playable.source, playable.said);
      await (i === 0 && playingFirst ? playingFirst : this.play(playable, phrase));
      if (gen !== this.generation) return sources;
    }
    this.state.update({ speaking: false });
    return sources;
  }

  /** How a phrase will sound: a clip, a platform voice or espeak-ng; at once when its audio is already here. */
  private resolve(phrase: Phrase): Resolved {
    const keys = this.clips.knownKeys(phrase.lang);
    return keys ? this.choose(phrase, keys) : this.clips.keysFor(phrase.lang).then((k) => this.choose(phrase, k));
  }

  private choose(phrase: Phrase, clipKeys: Set<string>): Resolved {
    const voice = this.output.platformVoice(phrase.lang);
    const spoken = this.spokenBy(phrase);
    const source = chooseSource({
      clip: !!phrase.key && clipKeys.has(phrase.key) && this.output.ready,
      platformVoice: voice !== null,
      espeakVoice: espeakVoiceFor(spoken.lang) !== null,
      audio: this.output.ready,
    });
    // Clips win per phrase (tried above); only then is a voiceless language's phrase said in its bridge.
    if (source === 'none') return this.bridges.via(phrase, (said) => this.resolve(said));
    if (source === 'platform') return { source, voice: voice! };
    if (source === 'clip') {
      const ready = this.clips.ready(phrase.lang, phrase.key!);
      if (ready) return { source, buffer: ready };
      // A listed clip that cannot be loaded: the phrase is said as if it had none.
      return this.clips
        .buffer(phrase.lang, phrase.key!)
        .then((buffer) => (buffer ? { source, buffer } : this.choose({ ...phrase, key: undefined }, clipKeys)));
    }
    const audio = this.synthesised.playable(this.synthId(spoken), { ...spoken, rate: this.rate });
    if (audio instanceof Promise) return audio.then((buffer) => buffer && { source, buffer });
    return audio instanceof PcmStream ? { source, stream: audio } : { source, buffer: audio };
  }

  /** The phrase as its synthetic voice reads it: a language without one, by the stand-in IT chose (fallbackVoices). */
  private spokenBy(phrase: Phrase): Phrase {
    return { ...phrase, lang: voiceFor(this.fallback, phrase.lang) };
  }

  private synthId(phrase: Phrase): string {
    return `${phrase.lang}|${this.rate}|${phrase.text}`;
  }

  private play(playable: Bridged, phrase: Phrase): Promise<void> {
    const playing = this.output.play(playable, (playable.said ?? phrase).text, this.rate);
    this.halt = playing.stop;
    return playing.done;
  }
}
