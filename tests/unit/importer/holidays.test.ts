import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { territoriesFileSchema } from '../../../main/content/schema';
import { openIntervals } from '../../../main/hours/engine';
import { wallAt, wallDate } from '../../../main/hours/zoned';

const territories = territoriesFileSchema.parse(
  JSON.parse(readFileSync(join(defaultContentDir, 'territories.json'), 'utf8')),
);

// 2026 from the calendar: Easter Sunday is 5 April (Code du travail art. L3133-1 for the list).
const national = [
  '2026-01-01', // Jour de l'an
  '2026-04-06', // Lundi de Pâques
  '2026-05-01',
  '2026-05-08',
  '2026-05-14', // Ascension
  '2026-05-25', // Lundi de Pentecôte
  '2026-07-14',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
];
const goodFriday = '2026-04-03';
const extra: Record<string, string[]> = {
  // Alsace-Moselle (Code du travail art. L3134-13): Good Friday and 26 December.
  '57': [goodFriday, '2026-12-26'],
  '67': [goodFriday, '2026-12-26'],
  '68': [goodFriday, '2026-12-26'],
  // Abolition of slavery (décret 83-1003); Guadeloupe and Martinique also keep Good Friday and 21 July.
  '971': [goodFriday, '2026-05-27', '2026-07-21'],
  '972': [goodFriday, '2026-05-22', '2026-07-21'],
  '973': ['2026-06-10'],
  '974': ['2026-12-20'],
  '976': ['2026-04-27'],
};

test('all 101 départements are territories: INSEE codes, zones', () => {
  assert.equal(territories.length, 101);
  const ids = territories.map((t) => t.id);
  for (const code of ['01', '2A', '2B', '95', '971', '972', '973', '974', '976']) assert.ok(ids.includes(code), code);
  assert.ok(!ids.includes('20') && !ids.includes('975'));
  const zone = (id: string) => territories.find((t) => t.id === id)!.timezone;
  assert.equal(zone('69'), 'Europe/Paris');
  assert.equal(zone('2A'), 'Europe/Paris');
  assert.equal(zone('971'), 'America/Guadeloupe');
  assert.equal(zone('972'), 'America/Martinique');
  assert.equal(zone('973'), 'America/Cayenne');
  assert.equal(zone('974'), 'Indian/Reunion');
  assert.equal(zone('976'), 'Indian/Mayotte');
});

for (const territory of territories) {
  test(`public holidays of ${territory.id} ${territory.name} in 2026`, () => {
    // Open every day 10:00-11:00 except public holidays: the closed days are the holidays the engine knows.
    const open = new Set(
      openIntervals('Mo-Su 10:00-11:00; PH off', territory, { y: 2026, mo: 1, d: 1 }, 365).map(([a]) =>
        wallDate(wallAt(a, territory.timezone)),
      ),
    );
    const closed: string[] = [];
    for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      if (!open.has(day)) closed.push(day);
    }
    assert.deepEqual(closed, [...national, ...(extra[territory.id] ?? [])].sort());
  });
}
