import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHours, openIntervals, withoutClosure, type HoursZone } from '../../../main/hours/engine';
import { isoWithOffset } from '../../../main/hours/zoned';

const martinique: HoursZone = {
  timezone: 'America/Martinique',
  center: { lat: 14.64, lon: -61.02 },
  holidays: { country: 'fr', state: 'Martinique' },
};
const paris: HoursZone = {
  timezone: 'Europe/Paris',
  center: { lat: 48.8566, lon: 2.3522 },
  holidays: { country: 'fr', state: 'Île-de-France' },
};

const local = (zone: HoursZone, hours: string, day: { y: number; mo: number; d: number }, days = 1) =>
  openIntervals(hours, zone, day, days).map(
    ([a, b]) => `${isoWithOffset(a, zone.timezone)}/${isoWithOffset(b, zone.timezone).slice(11, 16)}`,
  );

test('the override trap: a later Tu[2,4] rule replaces the Tuesday morning unless the slots are repeated', () => {
  const secondTuesday = { y: 2026, mo: 12, d: 8 };
  assert.deepEqual(local(martinique, 'Tu 08:00-12:45; Tu[2,4] 14:00-16:00', secondTuesday), [
    '2026-12-08T14:00:00-04:00/16:00',
  ]);
  assert.deepEqual(local(martinique, 'Tu 08:00-12:45; Tu[2,4] 08:00-12:45,14:00-16:00', secondTuesday), [
    '2026-12-08T08:00:00-04:00/12:45',
    '2026-12-08T14:00:00-04:00/16:00',
  ]);
  // The 3rd Tuesday keeps only the morning.
  assert.deepEqual(local(martinique, 'Tu 08:00-12:45; Tu[2,4] 08:00-12:45,14:00-16:00', { y: 2026, mo: 12, d: 15 }), [
    '2026-12-15T08:00:00-04:00/12:45',
  ]);
});

test('22 May is a holiday in Martinique, not in Paris', () => {
  const day = { y: 2026, mo: 5, d: 22 };
  assert.deepEqual(local(martinique, 'Mo-Fr 08:00-12:00; PH off', day), []);
  assert.deepEqual(local(paris, 'Mo-Fr 08:00-12:00; PH off', day), ['2026-05-22T08:00:00+02:00/12:00']);
});

test('wall hours keep their wall time across a daylight-saving change (Paris, 29 March 2026)', () => {
  assert.deepEqual(local(paris, 'Su 09:00-12:00', { y: 2026, mo: 3, d: 22 }, 8), [
    '2026-03-22T09:00:00+01:00/12:00',
    '2026-03-29T09:00:00+02:00/12:00',
  ]);
});

test('a malformed hours string is reported with the parser message and the position of the error', () => {
  const problem = checkHours('Mo-Fr 08:00-1x:00', martinique);
  assert.ok(problem);
  assert.equal(problem.hours, 'Mo-Fr 08:00-1x:00');
  assert.equal(problem.position, 14);
  assert.match(problem.message, /Time range/);
  assert.equal(checkHours('Mo-Fr 08:00-12:00; PH off', martinique), null);
});

test('a temporary closure removes the days it covers, inclusive, in local time', () => {
  const hours = 'Mo-Fr 08:00-12:00';
  const week = openIntervals(hours, martinique, { y: 2026, mo: 12, d: 7 }, 5);
  const kept = withoutClosure(week, { from: '2026-12-08', until: '2026-12-09' }, martinique.timezone);
  assert.deepEqual(
    kept.map(([a]) => isoWithOffset(a, martinique.timezone).slice(0, 10)),
    ['2026-12-07', '2026-12-10', '2026-12-11'],
  );
  assert.deepEqual(withoutClosure(week, { from: '2026-12-01', until: null }, martinique.timezone), []);
});
