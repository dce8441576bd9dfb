import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import factory from '@echogarden/espeak-ng-emscripten';
import { languages } from '../common/locales.ts';
import { packVoiceFiles, publishedVoiceFiles, splitVoiceFiles } from '../common/speech/espeak-voice-files.ts';

/** `import voices from 'virtual:repere-espeak-voices'`: the speech worker's voice files. */
export const espeakVoicesId = 'virtual:repere-espeak-voices';
const resolved = `\0${espeakVoicesId}`;

interface Asset {
  fileName: string;
  source: Uint8Array;
}

// Named like Vite's own output (`-<8-character hash>`), so the host caches them as it does every built asset.
const asset = (stem: string, source: Uint8Array): Asset => ({
  fileName: `assets/espeak-${stem}-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.bin`,
  source,
});
const base = (a: Asset) => a.fileName.slice('assets/'.length);

let split: Promise<{ core: Asset; dictionaries: Map<string, Asset> }> | null = null;

/** The published voice data, split once per build (common/speech/espeak-voice-files.ts). */
function voiceAssets() {
  split ??= publishedVoiceFiles(factory).then((files) => {
    const voices = Object.values(languages).flatMap((l) => (l.espeakVoice ? [l.espeakVoice] : []));
    const { core, dictionaries } = splitVoiceFiles(files, voices);
    return {
      core: asset('core', packVoiceFiles(core)),
      dictionaries: new Map([...dictionaries].map(([name, bytes]) => [name, asset(name, bytes)])),
    };
  });
  return split;
}

/**
 * The speech worker starts on the voice data's core and fetches a language's dictionary when that language is
 * first said. The worker's build reads the file names (`emit: false`); the page's build writes the files.
 */
export function espeakVoices({ emit }: { emit: boolean }): Plugin {
  return {
    name: 'repere-espeak-voices',
    resolveId: (id) => (id === espeakVoicesId ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      const { core, dictionaries } = await voiceAssets();
      const names = Object.fromEntries([...dictionaries].map(([name, a]) => [name, base(a)]));
      return `export default ${JSON.stringify({ core: base(core), dictionaries: names })};`;
    },
    async generateBundle() {
      if (!emit) return;
      const { core, dictionaries } = await voiceAssets();
      for (const a of [core, ...dictionaries.values()])
        this.emitFile({ type: 'asset', fileName: a.fileName, source: a.source });
    },
  };
}
