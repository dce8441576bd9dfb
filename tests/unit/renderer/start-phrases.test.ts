import { test } from 'node:test';
import assert from 'node:assert/strict';
import factory from '@echogarden/espeak-ng-emscripten';
import { defaultSettings } from '../../../main/services/settings';
import { effectiveBridges } from '../../../main/services/bridge-languages';
import { languageInfo, supportedLocales } from '../../../common/locales';
import { defaultSpeechRate } from '../../../common/speech/defaults';
import { EspeakEngine, espeakVoiceFor, type EspeakFactory } from '../../../common/speech/espeak-engine';
import { withoutLeadingSilence } from '../../../renderer/src/speech/chunk-batches';
import { aheadPhrases, synthesiseStartPhrases } from '../../../renderer/vite-start-phrases';
import { localeDir, readLocale } from '../../helpers/locales';

type Strings = { attract: { thisLanguage: string; invite: string }; speech: { touchAgain: string } };
const strings = (code: string) => readLocale(code) as Strings;

test('the build ships each language’s name and invitation, a voiceless one’s in its default bridge language', () => {
  const bridges = effectiveBridges(undefined);
  for (const code of supportedLocales) {
    const said = aheadPhrases(localeDir, code);
    const { attract } = strings(code);
    if (espeakVoiceFor(code)) {
      assert.deepEqual(said, [
        { lang: code, text: attract.thisLanguage },
        { lang: code, text: attract.invite },
      ]);
      continue;
    }
    const bridge = bridges[code]!;
    const b = strings(bridge);
    assert.ok(
      said.every((s) => s.lang === bridge),
      `${code}: said in ${bridge}`,
    );
    const texts = said.map((s) => s.text);
    assert.ok(texts.includes(b.attract.invite), `${code}: the bridge's invitation`);
    // Named by its endonym (Chromium's ICU has no name for ff) or by the bridge's name for it (Node's).
    const names = texts.filter((t) => t.endsWith(`. ${b.speech.touchAgain}`));
    assert.ok(names.length >= 1 && names.length <= 2, `${code}: ${texts.join(' | ')}`);
    assert.ok(texts.includes(`${languageInfo(code).endonym}. ${b.speech.touchAgain}`), `${code}: by its endonym`);
  }
});

test('the shipped samples are those the kiosk’s worker would hand over, at the rate a new kiosk starts with', async () => {
  assert.equal(defaultSettings.speechRate, defaultSpeechRate, 'the settings’ default is the rate shipped');
  const { index, files } = await synthesiseStartPhrases(localeDir, ['fr', 'ps']);
  assert.equal(index.rate, defaultSpeechRate);
  const espeak = await EspeakEngine.start(factory as EspeakFactory);
  assert.equal(index.phrases.length, 5, 'fr: 2; ps: its name twice (two namings), its invitation');
  for (const phrase of index.phrases) {
    const file = files.find((f) => f.fileName === `assets/${phrase.file}`);
    assert.ok(file, `${phrase.file} is emitted`);
    const samples = new Int16Array(file.source.buffer, file.source.byteOffset, file.source.byteLength / 2);
    const shipped = samples.subarray(phrase.offset, phrase.offset + phrase.length);
    const audio = espeak.synthesize(phrase.lang, phrase.text, defaultSpeechRate);
    assert.equal(phrase.sampleRate, audio.sampleRate);
    assert.ok(shipped.length > 10_000, `${phrase.text}: a phrase, not silence`);
    assert.deepEqual(shipped, withoutLeadingSilence(audio.samples), `${phrase.lang}: ${phrase.text}`);
  }
});
