import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emptyWeek,
  hoursToSlots,
  nextSlot,
  slotsToHours,
  type WeekSlots,
} from '../../../renderer/src/features/staff/week-slots';
import { checkHours, openIntervals } from '../../../main/hours/engine';
import { wallAt } from '../../../main/hours/zoned';
import { readJson } from '../../helpers/content';
import { defaultContentDir } from '../../../main/paths';
import type { Territory } from '../../../main/content/schema';

const martinique = readJson<Territory[]>(defaultContentDir, 'territories.json').find((t) => t.id === '972')!;

function week(days: Partial<WeekSlots['days']>, holidaysOff = true): WeekSlots {
  return { days: { ...emptyWeek().days, ...days }, holidaysOff };
}
const am = { from: '08:00', to: '12:00' };
const pm = { from: '13:30', to: '16:00' };

test('the slot editor writes the opening_hours string staff would write, and reads it back into the same slots', () => {
  const office = week({
    Mo: [am, pm],
    Tu: [am, pm],
    We: [am],
    Th: [am, pm],
    Fr: [am, pm],
    Sa: [{ from: '09:00', to: '12:00' }],
  });
  const text = slotsToHours(office);
  assert.equal(text, 'Mo,Tu,Th,Fr 08:00-12:00,13:30-16:00; We 08:00-12:00; Sa 09:00-12:00; PH off');
  assert.deepEqual(hoursToSlots(text), office);

  const weekdaysOnly = week({ Mo: [am], Tu: [am], We: [am], Th: [am], Fr: [am] }, false);
  assert.equal(slotsToHours(weekdaysOnly), 'Mo-Fr 08:00-12:00');
  assert.deepEqual(hoursToSlots('Mo-Fr 08:00-12:00'), weekdaysOnly);
  // Slots typed out of order are written in order, and read back sorted.
  assert.equal(slotsToHours(week({ Tu: [pm, am] }, false)), 'Tu 08:00-12:00,13:30-16:00');
  assert.equal(slotsToHours(week({ Mo: [am, am] }, false)), 'Mo 08:00-12:00', 'the same slot twice is written once');
  assert.equal(slotsToHours(emptyWeek()), null, 'no slot: hours unknown');
});

test('"add a slot" proposes the morning, then the afternoon, then the hour after the last one', () => {
  const proposed = [nextSlot([])];
  proposed.push(nextSlot(proposed));
  proposed.push(nextSlot(proposed));
  assert.deepEqual(proposed, [
    { from: '09:00', to: '12:00' },
    { from: '14:00', to: '17:00' },
    { from: '17:00', to: '18:00' },
  ]);
  assert.deepEqual(nextSlot([{ from: '20:00', to: '23:30' }]), { from: '23:30', to: '24:00' });
});

test('strings written by hand are read into slots when the form can show them, else left alone', () => {
  assert.deepEqual(hoursToSlots('Mo-We 08:00-12:00; We off'), week({ Mo: [am], Tu: [am] }, false));
  assert.deepEqual(hoursToSlots('Tu,Th 13:30-16:00; PH off'), week({ Tu: [pm], Th: [pm] }));
  for (const other of ['Tu[2,4] 08:00-12:45', 'Mo-Fr 08:00-12:00; Aug off', 'Mo 08:00-', '24/7', 'Fr-Mo 08:00-12:00'])
    assert.equal(hoursToSlots(other), null, other);
});

test('the hours engine opens the place exactly at the slots the form wrote, and closes it on a public holiday', () => {
  const text = slotsToHours(week({ Tu: [am, pm], Fr: [{ from: '14:00', to: '24:00' }] }))!;
  assert.equal(checkHours(text, martinique), null);
  // 21-27 December 2026: Tuesday 22 and Friday 25 (Christmas, a public holiday).
  const open = openIntervals(text, martinique, { y: 2026, mo: 12, d: 21 }, 7).map(([a, b]) => {
    const [s, e] = [wallAt(a, martinique.timezone), wallAt(b, martinique.timezone)];
    const hm = (w: typeof s) => `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
    return `${s.d} ${hm(s)}-${hm(e)}`;
  });
  assert.deepEqual(open, ['22 08:00-12:00', '22 13:30-16:00']);
});
