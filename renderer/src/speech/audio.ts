import { languageInfo } from '../../../common/locales';
import type { Pcm, PcmStream } from './pcm';

/** An installed platform voice for the language, matched on its BCP 47 tag (zh-Hans → zh). */
export function platformVoice(lang: string): SpeechSynthesisVoice | null {
  if (!('speechSynthesis' in window)) return null;
  const base = languageInfo(lang).tag.split('-')[0]!.toLowerCase();
  // Simplified Chinese is Mandarin as written in mainland China: not a Hong Kong (Cantonese) or Taiwan voice.
  const excluded = lang === 'zh' ? /^zh[-_](hk|tw|hant)/i : null;
  return (
    window.speechSynthesis
      .getVoices()
      .find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base && !(excluded && excluded.test(v.lang))) ?? null
  );
}

/** Says `text` with an installed platform voice; resolves when it ends or fails. */
export function playUtterance(voice: SpeechSynthesisVoice, text: string, rate: number, volume: number): Promise<void> {
  return new Promise((done) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = rate;
    u.volume = volume;
    u.onend = () => done();
    u.onerror = () => done();
    window.speechSynthesis.speak(u);
  });
}

const buffers = new WeakMap<Pcm, AudioBuffer>();

export function toAudioBuffer(ctx: AudioContext, pcm: Pcm): AudioBuffer {
  let buffer = buffers.get(pcm);
  if (!buffer) {
    buffer = ctx.createBuffer(1, Math.max(pcm.samples.length, 1), pcm.sampleRate);
    // One native copy: this runs on the page's thread, often between a tap and the next screen's paint.
    buffer.copyToChannel(pcm.samples, 0);
    buffers.set(pcm, buffer);
  }
  return buffer;
}

/**
 * Plays a stream chunk after chunk, each scheduled on the audio clock where the previous one ends, so the first
 * sample is heard as soon as the first chunk exists, however long the sentence. Resolves when all has played.
 */
export function playStream(
  ctx: AudioContext,
  destination: AudioNode,
  stream: PcmStream,
): { done: Promise<void>; stop: () => void } {
  const live = new Set<AudioBufferSourceNode>();
  let endAt = 0;
  let finished = false;
  let resolve: () => void = () => {};
  const done = new Promise<void>((r) => (resolve = r));
  const settle = () => {
    if (finished && live.size === 0) resolve();
  };
  stream.drain(
    (chunk) => {
      if (finished) return;
      const node = ctx.createBufferSource();
      node.buffer = toAudioBuffer(ctx, chunk);
      node.connect(destination);
      const at = Math.max(ctx.currentTime, endAt);
      node.start(at);
      endAt = at + node.buffer.duration;
      live.add(node);
      node.onended = () => {
        live.delete(node);
        settle();
      };
    },
    () => {
      finished = true;
      settle();
    },
  );
  const stop = () => {
    finished = true;
    for (const node of live) {
      try {
        node.stop();
      } catch {
        // not started yet or already ended
      }
    }
    live.clear();
    resolve();
  };
  return { done, stop };
}

/** Plays one buffer now; `stop` silences it. Resolves when it has played or was stopped. */
export function playBuffer(
  ctx: AudioContext,
  destination: AudioNode,
  buffer: AudioBuffer,
): { done: Promise<void>; stop: () => void } {
  const node = ctx.createBufferSource();
  node.buffer = buffer;
  node.connect(destination);
  const done = new Promise<void>((resolve) => (node.onended = () => resolve()));
  node.start();
  return { done, stop: () => node.stop() };
}
