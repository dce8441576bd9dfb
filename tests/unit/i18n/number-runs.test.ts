import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isolateNumbers, numberRuns } from '../../../common/text/number-runs';

test('a phone number is one run, the full stop after it is not; joined back the pieces are the text', () => {
  const text = 'مشكلة؟ اتصل بالرقم 0806 001 620.';
  const pieces = numberRuns(text);
  assert.deepEqual(
    pieces.filter((p) => p.number).map((p) => p.text),
    ['0806 001 620'],
  );
  assert.equal(pieces.map((p) => p.text).join(''), text);
});

test('two numbers apart stay two runs; hours, dates and other scripts\u2019 digits are runs too', () => {
  const runs = (t: string) =>
    numberRuns(t)
      .filter((p) => p.number)
      .map((p) => p.text);
  assert.deepEqual(runs('de 3 à 16 ans'), ['3', '16']);
  assert.deepEqual(runs('de 8:30 à 12:00, le 14/10/2015'), ['8:30', '12:00', '14/10/2015']);
  assert.deepEqual(runs('ظرف ۲ ماه، ۰۸۰۶ ۰۰۱ ۶۲۰'), ['۲', '۰۸۰۶ ۰۰۱ ۶۲۰']);
  assert.deepEqual(runs('sans chiffre'), []);
});

test('plain text (a QR code) gets each run between LRI and PDI, nothing else changed', () => {
  assert.equal(isolateNumbers('Appelez le 0806 001 620.'), 'Appelez le \u20660806 001 620\u2069.');
  assert.equal(isolateNumbers('sans chiffre'), 'sans chiffre');
});
