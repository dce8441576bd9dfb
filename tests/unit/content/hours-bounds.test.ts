import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { importPack } from '../../../main/services/packs/import';
import { listPlaces } from '../../../main/services/places';
import { saveHours } from '../../../main/services/staff/hours-admin';
import { maxHoursLength, maxHoursRules } from '../../../main/content/bounds';
import { defaultContentDir } from '../../../main/paths';
import { makeFolderPack, writePackManifest } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';

// Issue 25: one hours string of 20,000 rules (360 KB) passed every check and blocked visitors for 25 s.
const rule = 'Mo-Fr 08:00-12:00; ';
/** `n` short rules, so that the rule count, not the length, is what is over. */
const rules = (n: number) => Array.from({ length: n }, () => 'Mo 08:00-09:00').join('; ');

/** A valid pack whose first Martinique structure has `hours`. */
function packWithHours(dir: string, hours: string): string {
  const pack = makeFolderPack(join(dir, 'pack'), { version: '2099.03.01-1' });
  const file = join(pack, 'structures', '972.json');
  const structures = JSON.parse(readFileSync(file, 'utf8')) as { hours: string | null }[];
  structures[0]!.hours = hours;
  writeFileSync(file, JSON.stringify(structures, null, 2));
  writePackManifest(pack);
  return pack;
}

test('a pack whose hours string is too long, or has too many rules, is refused naming the field', async (t) => {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') });
  t.after(() => kiosk.close());
  const tooMany = rules(maxHoursRules + 1);
  const tooLong = `Mo-Fr 08:00-12:00${' '.repeat(maxHoursLength)}`;
  for (const [hours, why] of [
    [tooMany, `more than ${maxHoursRules} rules`],
    [tooLong, `longer than ${maxHoursLength} characters`],
    [rule.repeat(20_000), `longer than ${maxHoursLength} characters`],
  ] as const) {
    const r = await importPack(kiosk, packWithHours(withTemp(t), hours));
    assert.equal(r.ok, false);
    const problem = r.ok ? undefined : r.problems.find((p) => p.field.endsWith('hours'));
    assert.ok(problem, JSON.stringify(r));
    assert.match(problem.file, /structures\/972\.json/);
    assert.match(problem.field, /^\[0\]\.hours$/);
    assert.match(problem.message, new RegExp(why));
  }
  // At the bounds it is still real content: accepted.
  const atBound = await importPack(kiosk, packWithHours(withTemp(t), rules(maxHoursRules)));
  assert.ok(atBound.ok, JSON.stringify(atBound));
});

test('staff cannot save hours with more rules than real content needs; the message names the hours', (t) => {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') });
  t.after(() => kiosk.close());
  const id = listPlaces(kiosk, { lang: 'fr' })[0]!.id;
  const r = saveHours(kiosk.db, kiosk.clock, id, rules(maxHoursRules + 1));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, new RegExp(`hours: more than ${maxHoursRules} rules`));
  assert.equal(saveHours(kiosk.db, kiosk.clock, id, 'Mo-Fr 08:00-12:00').ok, true);
});
