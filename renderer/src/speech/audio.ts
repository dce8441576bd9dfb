import { languageInfo } from '../../../common/locales';
import type { Phrase } from './phrase';

export function samePhrase(a: Phrase, b: Phrase | undefined): boolean {
  return b !== undefined && a.lang === b.lang && a.text === b.text;
}

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

export interface Pcm {
  samples: Int16Array;
  sampleRate: number;
}

const buffers = new WeakMap<Pcm, AudioBuffer>();

export function toAudioBuffer(ctx: AudioContext, pcm: Pcm): AudioBuffer {
  let buffer = buffers.get(pcm);
  if (!buffer) {
    buffer = ctx.createBuffer(1, Math.max(pcm.samples.length, 1), pcm.sampleRate);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < pcm.samples.length; i++) channel[i] = pcm.samples[i]! / 32768;
    buffers.set(pcm, buffer);
  }
  return buffer;
}
