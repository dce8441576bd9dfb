import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { languageInfo } from '../../../common/locales';
import { scriptFontOf, type ScriptFont } from '../../../common/script-fonts';
import { flatStrings } from '../../../common/flat-strings';
import { readLocale } from '../../helpers/locales';
import { ranges, startFontFaces } from '../../../renderer/vite-start-fonts';
import { startKeys } from '../../../renderer/src/i18n/start-keys';

const localeDir = join(projectRoot, 'renderer', 'locales');
const faces = startFontFaces(localeDir);
const family = (rule: string) => /font-family:\s*'([^']+)'/.exec(rule)?.[1];
const weight = (rule: string) => /font-weight:\s*(\d+)/.exec(rule)?.[1];
const covers = (rule: string, char: number) => {
  const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
  return !range || ranges(range).some(([from, to]) => char >= from && char <= to);
};
const familyName: Record<ScriptFont, string> = {
  'noto-sans-arabic': 'Noto Sans Arabic',
  'noto-sans-ethiopic': 'Noto Sans Ethiopic',
  'noto-sans-bengali': 'Noto Sans Bengali',
  'noto-sans-sc': 'Noto Sans SC',
  'noto-nastaliq-urdu': 'Noto Nastaliq Urdu',
};

function startTexts(code: string): string[] {
  const start = flatStrings(readLocale(code)).filter(([key]) => (startKeys as readonly string[]).includes(key));
  return [languageInfo(code).endonym, ...start.map(([, text]) => text)];
}

test("every character the start screen writes in a script language has its script's face in the first stylesheet", () => {
  for (const [code, font] of Object.entries(scriptFontOf)) {
    for (const text of startTexts(code))
      for (const c of text) {
        const char = c.codePointAt(0)!;
        if (char < 0x250) continue; // Noto Sans, in every page
        for (const w of ['400', '700'])
          assert.ok(
            faces.some(({ rule }) => family(rule) === familyName[font] && weight(rule) === w && covers(rule, char)),
            `${code} "${c}" (U+${char.toString(16)}) in ${familyName[font]} ${w}`,
          );
      }
  }
});

test('the first stylesheet leaves out the faces the start screen does not write', () => {
  const sc = faces.filter(({ rule }) => family(rule) === 'Noto Sans SC');
  const allSc = readFileSync(sc[0]!.stylesheet, 'utf8').match(/@font-face/g)!.length;
  assert.ok(sc.length > 0 && sc.length < allSc / 3, `${sc.length} of ${allSc} Simplified Chinese faces a weight`);
  // A script font's Latin faces are never first for a start text: Noto Sans draws those letters.
  const arabic = faces.filter(({ rule }) => family(rule) === familyName['noto-sans-arabic']);
  assert.ok(arabic.length > 0 && arabic.every(({ rule }) => !covers(rule, 'e'.codePointAt(0)!)));
});
