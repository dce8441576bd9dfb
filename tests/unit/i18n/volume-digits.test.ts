import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supportedLocales } from '../../../common/locales';
import { readLocale } from '../../helpers/locales';

// Digits that are not ASCII: Arabic-Indic, Persian (Extended Arabic-Indic), Bengali, Devanagari.
const otherDigits = /[\u0660-\u0669\u06F0-\u06F9\u09E6-\u09EF\u0966-\u096F]/;

// The level is written into the sentence as an ASCII digit (i18next interpolation): a "10" in another script beside
// it mixes two digit scripts on one line ("8 له ۱۰", issue 26). The whole volume sentence uses one.
test('the volume sentence of every locale writes its digits in one script', () => {
  const mixed = supportedLocales.filter((code) => {
    const speech = (readLocale(code) as { speech: Record<string, string> }).speech;
    const text = speech.volumeLevel!.replace('{{level}}', '8');
    return otherDigits.test(text) && /[0-9]/.test(text);
  });
  assert.deepEqual(mixed, []);
});
