import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localDay } from '../../../common/time/wall-clock';
import { lastThirtyDays } from '../../../renderer/src/features/staff/stats-range';

test('stats range: the day is the kiosk zone’s, not UTC’s, on either side of midnight', () => {
  const lateUtc = new Date('2026-11-25T23:30:00Z');
  assert.equal(localDay(lateUtc, 'Europe/Paris'), '2026-11-26', 'Paris is past midnight');
  assert.equal(localDay(lateUtc, 'America/Martinique'), '2026-11-25', 'Martinique is still in the evening');
  assert.equal(localDay(new Date('2026-11-26T02:30:00Z'), 'America/Martinique'), '2026-11-25');
});

test('stats range: thirty days ending on the kiosk’s day, across a month and a daylight-saving change', () => {
  assert.deepEqual(lastThirtyDays(new Date('2026-11-25T23:30:00Z'), 'Europe/Paris'), {
    from: '2026-10-28',
    to: '2026-11-26',
  });
  // Paris leaves summer time on 2026-10-25: the count is in days, never 24-hour steps that slip an hour.
  assert.deepEqual(lastThirtyDays(new Date('2026-11-10T12:00:00Z'), 'Europe/Paris'), {
    from: '2026-10-12',
    to: '2026-11-10',
  });
});
