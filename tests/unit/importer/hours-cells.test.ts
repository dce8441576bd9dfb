import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCell, toOpeningHours } from '../../../main/importer/hours-cells';
import { readComment } from '../../../main/importer/comment';
import { checkHours } from '../../../main/hours/engine';
import { isSimpleWeeklyHours } from '../../../main/hours/simple-hours';
import { loadContent } from '../../../main/content/load';
import { defaultContentDir } from '../../../main/paths';

const zone = {
  timezone: 'Europe/Paris',
  center: { lat: 45.76, lon: 4.83 },
  holidays: { country: 'fr', state: 'Rhône' },
};
const at = (h: number, m = 0) => h * 60 + m;

test('cells of the real file: placeholders dropped, repeated and overlapping ranges merged, each repair said', () => {
  const placeholder = readCell('00:00 - 00:00 / 09:00 - 12:00 / 14:00 - 17:00');
  assert.deepEqual(placeholder.ranges, [
    [at(9), at(12)],
    [at(14), at(17)],
  ]);
  assert.ok(placeholder.repairs.some((r) => r.includes('placeholder')));
  const repeated = readCell('09:45 - 12:00 / 09:45 - 12:00 / 13:45 - 16:30');
  assert.deepEqual(repeated.ranges, [
    [at(9, 45), at(12)],
    [at(13, 45), at(16, 30)],
  ]);
  assert.ok(repeated.repairs.some((r) => r.includes('merged')));
  const overlapping = readCell('09:00 - 12:30 / 09:00 - 17:00 / 14:00 - 17:00');
  assert.deepEqual(overlapping.ranges, [[at(9), at(17)]]);
  const four = readCell('08:45 - 10:00 / 10:30 - 11:30 / 13:30 - 14:30 / 15:00 - 16:15');
  assert.equal(four.ranges.length, 4);
  assert.ok(four.repairs.some((r) => r.includes('4 ranges')));
  assert.deepEqual(readCell('00:00 - 00:00').ranges, []);
  assert.deepEqual(readCell(''), { ranges: [], repairs: [], error: null });
  assert.match(readCell('9h-12h').error ?? '', /not a time range/);
  assert.match(readCell('17:00 - 09:00').error ?? '', /ends before/);
});

test('weekly cells → a valid opening_hours string, equal days grouped', () => {
  const days = [
    readCell('13:30 - 17:00').ranges,
    readCell('09:00 - 12:00 / 13:30 - 17:00').ranges,
    readCell('09:00 - 12:00 / 13:30 - 17:00').ranges,
    readCell('09:00 - 12:00 / 13:30 - 17:00').ranges,
    readCell('09:00 - 12:00 / 13:30 - 16:00').ranges,
    [],
  ];
  const hours = toOpeningHours(days)!;
  assert.equal(hours, 'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00; PH off');
  assert.equal(checkHours(hours, zone), null);
  assert.equal(toOpeningHours([[], [], [], [], [], []]), null);
});

test('comments: kept as the note; closure, appointments and week rules recognised; a repeated e-mail dropped', () => {
  const closed = readComment('Espace fermé suite à une dégradation des locaux.', 'x@france-services.gouv.fr');
  assert.equal(closed.closed, true);
  assert.equal(closed.note, 'Espace fermé suite à une dégradation des locaux.');
  // A closure of one half-day is not a closure of the place.
  assert.equal(readComment('Fermeture chaque 1er mardi matin du mois.', '').closed, false);
  assert.equal(readComment('UNIQUEMENT SUR RDV  (fermeture le vendredi)', '').appointmentsOnly, 'some-days');
  assert.equal(readComment('Sur rendez-vous uniquement.', '').appointmentsOnly, 'only');
  assert.equal(readComment('Sur rendez-vous', '').appointmentsOnly, 'only');
  assert.equal(readComment('lundi et jeudi sur RDV', '').appointmentsOnly, 'some-days');
  assert.equal(readComment('Le\\x20bus\\x20dessert', '').note, 'Le bus dessert');
  const repeat = readComment('borgo@france-services.gouv.fr', 'borgo@france-services.gouv.fr');
  assert.equal(repeat.note, null);
  assert.match(repeat.handling[0]!, /repeat/);
  assert.equal(readComment('02.31.23.49.47', 'a@b.fr').note, '02.31.23.49.47');
});

test('the fast check accepts only plain weekly strings, and opening_hours accepts every one the content holds', () => {
  const strings = new Set(
    loadContent(defaultContentDir)
      .structures.map((s) => s.hours)
      .filter((h): h is string => h !== null),
  );
  let simple = 0;
  for (const hours of strings)
    if (isSimpleWeeklyHours(hours)) {
      simple++;
      assert.equal(checkHours(hours, zone), null, hours);
    }
  assert.ok(simple > 1900, `${simple} of ${strings.size}`);
  for (const bad of [
    'Mo 25:00-26:00',
    'Mo 08:60-09:00',
    'Xx 08:00-09:00',
    'Mo 08:00-09:00;PH off',
    'Tu[2] 08:00-09:00',
  ])
    assert.equal(isSimpleWeeklyHours(bad), false, bad);
  assert.equal(isSimpleWeeklyHours('Mo-Fr 08:00-12:00,13:00-24:00; Sa 09:00-12:00; PH off'), true);
});
