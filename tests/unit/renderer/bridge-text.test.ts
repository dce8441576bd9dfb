import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { languageInfo } from '../../../common/locales';
import { BridgeDictionary, flatten, namingVisitorLanguage, type Texts } from '../../../renderer/src/bridge/bridge-text';

const read = (path: string) => JSON.parse(readFileSync(join(projectRoot, path), 'utf8')) as Record<string, unknown>;
const ui = (code: string) => flatten(read(`renderer/locales/${code}.json`));
const content = (code: string) => read(`data/translations/${code}.json`) as Texts;
const texts = (code: string) => ({ ...ui(code), ...content(code) });
const pairs = [
  ['ps', 'fa'],
  ['ff', 'fr'],
] as const;

test('bridge: a keyed phrase is said with the same key’s text in the bridge language, keeping the key for its clip', () => {
  const dictionary = new BridgeDictionary(texts('ps'), texts('fa'), 'fa');
  const fa = ui('fa');
  assert.deepEqual(dictionary.translate({ text: ui('ps')['themes.title']!, lang: 'ps', key: 'themes.title' }), {
    text: fa['themes.title'],
    lang: 'fa',
    key: 'themes.title',
  });
});

test('bridge: an unkeyed text is found by its text, interpolated strings by their pattern, joined texts piece by piece', () => {
  const ps = ui('ps');
  const fa = ui('fa');
  const dictionary = new BridgeDictionary(texts('ps'), texts('fa'), 'fa');
  const say = (text: string) => dictionary.translate({ text, lang: 'ps' })?.text;
  assert.equal(say(ps['procedure.whatToBring']!), fa['procedure.whatToBring']);
  const level = (s: string) => s.replace('{{level}}', '7');
  assert.equal(say(level(ps['speech.volumeLevel']!)), level(fa['speech.volumeLevel']!), 'the level carried over');
  assert.equal(
    say(`${ps['themes.title']!} ${ps['themes.instruction']!}`),
    `${fa['themes.title']!} ${fa['themes.instruction']!}`,
  );
  const sentence = 'ame-first-request.s.no-permit';
  assert.equal(say(content('ps')[sentence]!), content('fa')[sentence], 'a content phrase');
  assert.equal(say('9 7 2 0 0'), '9 7 2 0 0', 'a number said digit by digit stays itself');
  assert.equal(say('xyz qqq'), undefined, 'nothing known: no bridge (the missing-audio sign)');
});

test('bridge: every visitor string of ps and ff has its bridge text, found from its visible text alone', () => {
  for (const [own, bridge] of pairs) {
    const strings = ui(own);
    const target = ui(bridge);
    const dictionary = new BridgeDictionary(texts(own), texts(bridge), bridge);
    const unsaid = Object.entries(strings).filter(([key, text]) => {
      if (key.startsWith('staff.') || text.includes('{{')) return false;
      const said = dictionary.translate({ text, lang: own })?.text;
      // Two keys may share a text: any key with this text may give the bridge's.
      const candidates = Object.entries(strings)
        .filter(([, t]) => t === text)
        .map(([k]) => target[k]);
      return !candidates.includes(said);
    });
    assert.deepEqual(unsaid, [], `${own} → ${bridge}`);
  }
});

test('bridge: the start screen names the visitor’s language in the bridge language, not the bridge’s own name', () => {
  const fa = ui('fa');
  const named = namingVisitorLanguage(fa, 'پشتو');
  assert.equal(named['attract.thisLanguage'], `پشتو. ${fa['speech.touchAgain']!}`);
  assert.ok(!named['attract.thisLanguage']!.includes(languageInfo('fa').endonym));
  assert.equal(named['attract.choose'], 'پشتو');
  assert.equal(named['themes.title'], fa['themes.title'], 'other strings unchanged');
});
