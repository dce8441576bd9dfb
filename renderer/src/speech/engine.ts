import { call } from '../api/client';
import { WebAudioOutput } from './web-audio-output';
import { announcePhrase, type Phrase } from './phrase';
import { PolyfillVoice } from './polyfill';
import type { SpeechSource } from './source';
import { SpeechEngine } from './speech-engine';
import { ShippedPhrases } from './shipped-phrases';
import startPhrases from 'virtual:repere-start-phrases';
import type { SpeechState } from './state';

export type { Phrase, SpeechSource, SpeechState };

const output = new WebAudioOutput();

/**
 * The kiosk has one engine, `speech` (hooks.ts binds it to touches and screens). Its parts: the sequencing
 * (speech-engine.ts), Web Audio and platform voices (web-audio-output.ts), espeak-ng in a worker (polyfill.ts,
 * with its queue job-queue.ts and cache synth-cache.ts), the start screen's phrases synthesised at build time
 * (shipped-phrases.ts), recorded clips (clip-cache.ts), its state (state.ts).
 */
export const speech = new SpeechEngine({
  output,
  synthesiser: new PolyfillVoice().queue,
  clips: {
    list: (langs) => call('listClips', { langs }),
    load: (lang, key) =>
      fetch(`/clips/${lang}/${encodeURIComponent(key)}.wav`)
        .then((res) => (res.ok ? res.arrayBuffer() : Promise.reject(new Error(`clip ${res.status}`))))
        .then((bytes) => output.decode(bytes)),
  },
  // Files built beside this script (renderer/vite-start-phrases.ts), served by the app itself.
  shipped: new ShippedPhrases(startPhrases, (file) =>
    fetch(new URL(file, import.meta.url)).then((res) =>
      res.ok ? res.arrayBuffer() : Promise.reject(new Error(`${file}: HTTP ${res.status}`)),
    ),
  ),
  announce: announcePhrase,
});
