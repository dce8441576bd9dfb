import { test } from 'node:test';
import assert from 'node:assert/strict';
import factory from '@echogarden/espeak-ng-emscripten';
import { EspeakEngine, type EspeakFactory } from '../../../common/speech/espeak-engine';
import {
  dictionaryOf,
  publishedVoiceFiles,
  packVoiceFiles,
  splitVoiceFiles,
  unpackVoiceFiles,
} from '../../../common/speech/espeak-voice-files';
import { languages } from '../../../common/locales';
import { readLocale } from '../../helpers/locales';

const espeak = factory as EspeakFactory;
const voiced = Object.entries(languages).flatMap(([code, l]) =>
  l.espeakVoice ? [[code, l.espeakVoice] as const] : [],
);
const bytes = (files: { bytes: Uint8Array }[]) => files.reduce((n, f) => n + f.bytes.length, 0);

test('the kiosk’s worker starts on a small core and adds each language’s dictionary; it then speaks exactly as the whole package', async () => {
  const all = await publishedVoiceFiles(espeak);
  const { core, dictionaries } = splitVoiceFiles(
    all,
    voiced.map(([, voice]) => voice),
  );
  // What the first phrase waits for is a small part of the published data (24 MB).
  assert.ok(bytes(core) * 10 < bytes(all), `core ${bytes(core)} of ${bytes(all)} bytes`);
  const shipped = bytes(core) + [...dictionaries.values()].reduce((n, b) => n + b.length, 0);
  assert.ok(shipped < bytes(all) * 0.75, 'the dictionaries of languages the kiosk never speaks are not shipped');

  const whole = await EspeakEngine.start(espeak);
  const split = await EspeakEngine.startWithCore(espeak, unpackVoiceFiles(packVoiceFiles(core)));
  for (const [code, voice] of voiced) {
    const strings = readLocale(code) as { attract: { thisLanguage: string } };
    // The language's own words, a Latin name and digits (read through English in ar or ti).
    const text = `${strings.attract.thisLanguage} France Services 3919.`;
    const name = split.missingDictionary(code);
    if (code !== 'en') assert.equal(name, dictionaryOf(voice), `${code}: its dictionary is loaded only when needed`);
    if (name) split.addDictionary(name, dictionaries.get(name)!);
    assert.equal(split.missingDictionary(code), null);
    const expected = whole.synthesize(code, text).samples;
    const got = split.synthesize(code, text).samples;
    assert.ok(expected.length > 1000, `${code}: the whole package speaks`);
    assert.deepEqual(got, expected, `${code}: the same sound from the split data`);
  }
});

test('packed voice files come back as they went in, and a cut file is refused', () => {
  const files = [
    { path: '/usr/share/espeak-ng-data/phontab', bytes: Uint8Array.of(1, 2, 3) },
    { path: '/usr/share/espeak-ng-data/voices/!v/Mr serious', bytes: new Uint8Array(0) },
    { path: '/usr/share/espeak-ng-data/en_dict', bytes: Uint8Array.of(9) },
  ];
  const packed = packVoiceFiles(files);
  assert.deepEqual(
    unpackVoiceFiles(packed).map((f) => [f.path, [...f.bytes]]),
    files.map((f) => [f.path, [...f.bytes]]),
  );
  assert.throws(() => unpackVoiceFiles(packed.subarray(0, packed.length - 1)), /en_dict is cut short/);
});
