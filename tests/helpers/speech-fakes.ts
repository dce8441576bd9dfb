import { JobQueue } from '../../renderer/src/speech/job-queue';
import type { AudioOutput, Playable, Playing } from '../../renderer/src/speech/output';
import type { Pcm } from '../../renderer/src/speech/pcm';
import type { Phrase } from '../../renderer/src/speech/phrase';
import type { ShippedSource } from '../../renderer/src/speech/shipped-phrases';
import type { SpeechSource } from '../../renderer/src/speech/source';
import { SpeechEngine } from '../../renderer/src/speech/speech-engine';
import type { SynthJob } from '../../renderer/src/speech/synth-cache';

/** Lets every pending promise callback run (the engine's steps are chained on microtasks). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A synthesis worker that does nothing until the test says so: it records the text of each job it starts (what
 * the real worker would be posted) and answers a phrase when `finish(text)` is called.
 */
export function fakeWorker() {
  const asked: string[] = [];
  /** Those asked with a chunk handler: their samples would be posted as they come. */
  const streamed: string[] = [];
  const answers = new Map<string, (pcm: Pcm) => void>();
  const queue = new JobQueue<SynthJob, Pcm | null>((job) => {
    if ('warm' in job) return Promise.resolve(null);
    asked.push(job.text);
    if (job.onChunk) streamed.push(job.text);
    return new Promise((resolve) => answers.set(job.text, resolve));
  });
  return {
    queue,
    asked,
    streamed,
    async finish(text: string): Promise<void> {
      const answer = answers.get(text);
      if (!answer) throw new Error(`the worker never started "${text}"`);
      answers.delete(text);
      answer({ samples: new Float32Array(480), sampleRate: 48000 });
      await settle();
    },
  };
}

/** An output that plays nothing: it records what starts and stops, and a phrase ends when `end(text)` is called. */
export class FakeOutput implements AudioOutput {
  readonly ready = true;
  readonly unlocked = true;
  /** Each phrase as it started, and how: a buffer already decoded, or a stream still being synthesised. */
  readonly started: { text: string; from: 'buffer' | 'stream' | 'voice' }[] = [];
  readonly stopped: string[] = [];
  private readonly endings = new Map<string, () => void>();

  unlock(): void {}
  setVolume(): void {}
  toSound(pcm: Pcm): AudioBuffer {
    return { duration: pcm.samples.length / pcm.sampleRate } as AudioBuffer;
  }
  decode(): Promise<AudioBuffer> {
    return Promise.reject(new Error('no clips here'));
  }
  platformVoice(): null {
    return null;
  }

  play(playable: Playable, text: string): Playing {
    this.started.push({ text, from: 'buffer' in playable ? 'buffer' : 'stream' in playable ? 'stream' : 'voice' });
    let end = () => {};
    const done = new Promise<void>((resolve) => (end = resolve));
    this.endings.set(text, end);
    return { done, stop: () => (this.stopped.push(text), end()) };
  }

  /** The phrase has played to its end. */
  async end(text: string): Promise<void> {
    this.endings.get(text)?.();
    await settle();
  }

  texts(): string[] {
    return this.started.map((s) => s.text);
  }
}

/**
 * An engine on fakes, and what it announced (with the bridge-language phrase said for each, if any). No clip is
 * recorded unless `clips` names some, by language: those load as a one-second buffer. No phrase is shipped unless
 * `shipped` finds some.
 */
export function engineOnFakes(clips: Partial<Record<string, string[]>> = {}, shipped?: ShippedSource) {
  const worker = fakeWorker();
  const output = new FakeOutput();
  const announced: { phrase: Phrase; source: SpeechSource; bridge?: Phrase }[] = [];
  const engine = new SpeechEngine({
    output,
    synthesiser: worker.queue,
    clips: {
      list: (langs) => Promise.resolve(Object.fromEntries(langs.map((lang) => [lang, clips[lang] ?? []]))),
      load: (lang, key) =>
        clips[lang]?.includes(key)
          ? Promise.resolve({ duration: 1 } as AudioBuffer)
          : Promise.reject(new Error('no clips')),
    },
    ...(shipped && { shipped }),
    announce: (phrase, source, bridge) => announced.push({ phrase, source, ...(bridge && { bridge }) }),
  });
  engine.configure({ rate: 1, volume: 0.8 });
  return { engine, worker, output, announced };
}

/** French phrases (espeak-ng has a French voice). */
export const fr = (text: string): Phrase => ({ text, lang: 'fr' });
