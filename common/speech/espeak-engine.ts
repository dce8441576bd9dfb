/**
 * The espeak-ng speech engine, shared by the renderer's Web Worker and the Node CLI (`speak`). It imports
 * nothing platform-specific: the caller passes the emscripten module factory (and, in a browser, the voice
 * data it fetched itself), so the same code and the same voices speak in the kiosk and in pre-rendered packs.
 */

import { encodePcm16Wav } from '../audio/wav';
import { languages } from '../locales';
import { dictionaryNames, dictionaryOf, espeakDataDir, type EmscriptenFs, type VoiceFile } from './espeak-voice-files';

/** espeak-ng's voice for a kiosk locale (see common/locales.ts); null when espeak-ng has none. */
export function espeakVoiceFor(lang: string): string | null {
  return Object.prototype.hasOwnProperty.call(languages, lang) ? languages[lang]!.espeakVoice : null;
}

/** espeak-ng's normal rate in words per minute; the kiosk's rate setting (1 = normal) scales it. */
export const espeakNormalWpm = 175;

export interface EspeakWorkerApi {
  set_voice(name: string): number;
  set_rate(wpm: number): number;
  get_samplerate(): number;
  synthesize(text: string, onChunk: (samples: Int16Array, events: unknown[]) => boolean): void;
}

export interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorkerApi;
  FS: EmscriptenFs;
}

export interface EspeakModuleOptions {
  /** Hands emscripten the voice data (espeak-ng.data) so it does not guess its URL. */
  getPreloadedPackage?: (name: string, size: number) => ArrayBuffer;
}

export type EspeakFactory = (options?: EspeakModuleOptions) => Promise<EspeakModule>;

export interface SynthesizedAudio {
  /** 16-bit mono PCM. */
  samples: Int16Array;
  sampleRate: number;
}

export class NoVoiceError extends Error {
  constructor(readonly lang: string) {
    super(
      `No speech engine voice for "${lang}": espeak-ng has none for this language. ` +
        'Only recorded clips can speak it (see "Languages and speech" in the README).',
    );
  }
}

/** One espeak-ng instance. Synthesis is synchronous and CPU-bound: in the kiosk it runs inside a Worker. */
export class EspeakEngine {
  private currentVoice: string | null = null;
  private currentWpm = 0;

  /**
   * @param dictionaries the dictionaries loaded so far (startWithCore), or null when the whole package is
   * (start): then every voice can speak at once.
   */
  private constructor(
    private readonly worker: EspeakWorkerApi,
    private readonly fs: EmscriptenFs,
    private readonly dictionaries: Set<string> | null,
  ) {}

  /** With the whole published voice data (24 MB): the CLI, which reads it from disk. */
  static async start(factory: EspeakFactory): Promise<EspeakEngine> {
    const mod = await factory();
    return new EspeakEngine(new mod.eSpeakNGWorker(), mod.FS, null);
  }

  /**
   * With the core files only (common/speech/espeak-voice-files.ts): the package's own loader is handed no bytes,
   * so its files exist empty until written here, before espeak-ng initialises on them. A voice then speaks once
   * its dictionary is added (missingDictionary, addDictionary).
   */
  static async startWithCore(factory: EspeakFactory, core: VoiceFile[]): Promise<EspeakEngine> {
    const mod = await factory({ getPreloadedPackage: () => new ArrayBuffer(0) });
    for (const file of core) mod.FS.writeFile(file.path, file.bytes);
    return new EspeakEngine(new mod.eSpeakNGWorker(), mod.FS, new Set(dictionaryNames(core)));
  }

  /** The dictionary a language's voice still needs before it can speak, or null. */
  missingDictionary(lang: string): string | null {
    const voice = espeakVoiceFor(lang);
    if (!voice || !this.dictionaries) return null;
    const name = dictionaryOf(voice);
    return this.dictionaries.has(name) ? null : name;
  }

  addDictionary(name: string, bytes: Uint8Array): void {
    this.fs.writeFile(`${espeakDataDir}/${name}`, bytes);
    this.dictionaries?.add(name);
  }

  /**
   * Renders `text` in `lang` at `rate` (1 = normal speed). Throws NoVoiceError for ps, ff and unknown codes.
   * `onChunk` receives each block of samples as espeak-ng produces it (a copy), so playback can start with the
   * first one while the rest of the sentence is still being synthesised.
   */
  synthesize(
    lang: string,
    text: string,
    rate = 1,
    onChunk?: (samples: Int16Array, sampleRate: number) => void,
  ): SynthesizedAudio {
    const voice = espeakVoiceFor(lang);
    if (!voice) throw new NoVoiceError(lang);
    if (voice !== this.currentVoice) {
      if (this.worker.set_voice(voice) !== 0) throw new NoVoiceError(lang);
      this.currentVoice = voice;
      this.currentWpm = 0; // espeak-ng resets the rate with the voice
    }
    const wpm = Math.round(espeakNormalWpm * Math.min(Math.max(rate, 0.5), 1.5));
    if (wpm !== this.currentWpm) {
      this.worker.set_rate(wpm);
      this.currentWpm = wpm;
    }
    const chunks: Int16Array[] = [];
    const sampleRate = this.worker.get_samplerate();
    this.worker.synthesize(text, (samples) => {
      chunks.push(samples);
      if (onChunk && samples.length > 0) onChunk(samples.slice(), sampleRate);
      return false; // false = keep going
    });
    const samples = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      samples.set(c, offset);
      offset += c.length;
    }
    return { samples, sampleRate };
  }
}

/** A 16-bit mono PCM WAV file of synthesised speech. */
export function encodeWav({ samples, sampleRate }: SynthesizedAudio): Uint8Array {
  return encodePcm16Wav(samples, sampleRate);
}
