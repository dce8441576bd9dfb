import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliCommand } from '../command';
import { stringFlag } from '../../args';
import { projectRoot } from '../../paths';
import { supportedLocales, isSupportedLocale } from '../../../common/locales';
import { encodeWav, espeakVoiceFor, nodeEspeak } from '../../services/speech-synth';

/** The UI string for a dotted i18n key (e.g. "themes.title") in renderer/locales/<lang>.json, or null. */
export function localeString(lang: string, key: string): string | null {
  let node: unknown = JSON.parse(readFileSync(join(projectRoot, 'renderer', 'locales', `${lang}.json`), 'utf8'));
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

export const speakCommand: CliCommand = {
  name: 'speak',
  usage: ['speak --lang L (--text "…" | --key i18n.key) --out F.wav [--rate 0.9]   render speech to WAV (espeak-ng)'],
  flags: { lang: 'string', text: 'string', key: 'string', out: 'string', rate: 'string' },
  run: async (args) => {
    const lang = stringFlag(args, 'lang');
    const text = stringFlag(args, 'text');
    const key = stringFlag(args, 'key');
    const out = stringFlag(args, 'out');
    const rate = Number(stringFlag(args, 'rate') ?? '0.9');
    if (!lang || !out || (text === undefined) === (key === undefined)) {
      return fail('speak needs --lang, --out and exactly one of --text or --key.');
    }
    if (!isSupportedLocale(lang)) {
      return fail(`Unknown language "${lang}". Kiosk languages: ${supportedLocales.join(' ')}.`);
    }
    if (!Number.isFinite(rate) || rate < 0.5 || rate > 1.5) return fail('--rate must be between 0.5 and 1.5.');
    if (!espeakVoiceFor(lang)) {
      return fail(
        `No synthetic voice for "${lang}": espeak-ng has none for this language. ` +
          `Record a clip instead (files <dataDir>/clips/${lang}/<key>.wav, see the README).`,
      );
    }
    const phrase = text ?? localeString(lang, key!);
    if (phrase === null || phrase.trim() === '') return fail(`No UI string "${key}" in renderer/locales/${lang}.json.`);
    const engine = await nodeEspeak();
    const wav = encodeWav(engine.synthesize(lang, phrase, rate));
    writeFileSync(resolve(out), wav);
    console.log(`wrote ${resolve(out)} (${lang}, ${wav.length} bytes)`);
    return 0;
  },
};
