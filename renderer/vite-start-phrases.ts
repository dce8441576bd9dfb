import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import factory from '@echogarden/espeak-ng-emscripten';
import { languageInfo, languages } from '../common/locales';
import { defaultBridgeLanguages, defaultSpeechRate } from '../common/speech/defaults';
import { EspeakEngine, espeakVoiceFor, type EspeakFactory } from '../common/speech/espeak-engine';
import { BridgeDictionary, flatten, namingVisitorLanguage, visitorLanguageName } from './src/bridge/bridge-text';
import { aheadKeys } from './src/features/start/ahead-keys';
import { withoutLeadingSilence } from './src/speech/chunk-batches';
import type { ShippedIndex } from './src/speech/shipped-phrases';

/** `import startPhrases from 'virtual:repere-start-phrases'`: the start screen's phrases, synthesised here. */
export const startPhrasesId = 'virtual:repere-start-phrases';
const resolved = `\0${startPhrasesId}`;

interface Said {
  lang: string;
  text: string;
}

/**
 * What the start screen renders ahead for a language, as the kiosk says it (speech-engine.ts, prerender): in the
 * language's own voice, or, for a voiceless one, in its default bridge language. A bridged name embeds the
 * language's name as the page's Intl names it; Chromium's ICU lacks some names Node's has (ff), so both namings
 * are made and the kiosk finds the one its engine gives.
 */
export function aheadPhrases(localeDir: string, code: string): Said[] {
  const texts = (lang: string) => flatten(JSON.parse(readFileSync(join(localeDir, `${lang}.json`), 'utf8')));
  const own = texts(code);
  const phrases = aheadKeys.map((key) => ({ text: own[key] ?? '', key, lang: code }));
  if (espeakVoiceFor(code)) return phrases.map(({ lang, text }) => ({ lang, text }));
  const bridge = defaultBridgeLanguages[code];
  if (!bridge || !espeakVoiceFor(bridge)) return [];
  const names = new Set([visitorLanguageName(code, bridge), languageInfo(code).endonym]);
  const bridgeTexts = texts(bridge);
  const said = [...names].flatMap((name) => {
    const dictionary = new BridgeDictionary(own, namingVisitorLanguage(bridgeTexts, name), bridge);
    return phrases.flatMap((p) => dictionary.translate(p) ?? []);
  });
  return said
    .filter((s, i) => said.findIndex((o) => o.text === s.text) === i)
    .map(({ lang, text }) => ({ lang, text }));
}

interface Built {
  index: ShippedIndex;
  files: { fileName: string; source: Uint8Array }[];
}

/** The languages' phrases at the default rate (every language's by default), one file of 16-bit samples each. */
export async function synthesiseStartPhrases(localeDir: string, codes = Object.keys(languages)): Promise<Built> {
  const espeak = await EspeakEngine.start(factory as EspeakFactory);
  const index: ShippedIndex = { rate: defaultSpeechRate, phrases: [] };
  const files: Built['files'] = [];
  for (const code of codes) {
    const said = aheadPhrases(localeDir, code).filter((s) => s.text.trim() !== '');
    if (said.length === 0) continue;
    // Trimmed as the worker trims what it hands over (espeak.worker.ts).
    const audio = said.map((s) => {
      const { samples, sampleRate } = espeak.synthesize(s.lang, s.text, defaultSpeechRate);
      return { samples: withoutLeadingSilence(samples), sampleRate };
    });
    const all = new Int16Array(audio.reduce((n, a) => n + a.samples.length, 0));
    let end = 0;
    const offsets = audio.map(({ samples }) => {
      all.set(samples, end);
      end += samples.length;
      return end - samples.length;
    });
    const source = new Uint8Array(all.buffer);
    // Named like Vite's own output, by a hash of the bytes (new voices, new name), so the host caches it as it does
    // every built asset.
    const file = `start-phrases-${code}-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.bin`;
    for (const [i, a] of audio.entries())
      index.phrases.push({
        ...said[i]!,
        file,
        sampleRate: a.sampleRate,
        offset: offsets[i]!,
        length: a.samples.length,
      });
    files.push({ fileName: `assets/${file}`, source });
  }
  return { index, files };
}

/**
 * Every visitor may hear the start screen's phrases (each language's name and invitation), and the kiosk used to
 * synthesise all of them at each start, loading every language's dictionary into the speech worker (Russian's is
 * 8.5 MB): seconds of CPU on a slow kiosk, while the first visitor touches it. They are synthesised here instead,
 * by the same espeak-ng build and voices, at the default speech rate; a kiosk set to another rate, or with another
 * bridge or stand-in voice, still renders them ahead itself (the engine finds no shipped phrase for those).
 */
export function startPhrases(localeDir: string): Plugin {
  let built: Promise<Built> | null = null;
  const once = () => (built ??= synthesiseStartPhrases(localeDir));
  return {
    name: 'repere-start-phrases',
    resolveId: (id) => (id === startPhrasesId ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      for (const code of Object.keys(languages)) this.addWatchFile(join(localeDir, `${code}.json`));
      return `export default ${JSON.stringify((await once()).index)};`;
    },
    async generateBundle() {
      for (const file of (await once()).files) this.emitFile({ type: 'asset', ...file });
    },
  };
}
