import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

interface Row {
  id: string;
  name: string;
  category: string;
  commune: string | null;
  open: boolean | null;
  nextChange: string | null;
  temporarilyClosed: boolean;
  hours: string | null;
  mobile: boolean;
  hoursVary: string | null;
  hoursConfirmed: boolean;
}

test('structures --territory 972 --at (local time) --json: open state, next change with offset, closures', () => {
  const t = tempDir();
  try {
    const r = runCli(['structures', '--territory', '972', '--at', '2026-12-08T10:00', '--json', '--data-dir', t.dir], {
      TZ: 'Asia/Tokyo',
    });
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Row[];
    const get = (id: string) => rows.find((x) => x.id === id)!;
    assert.deepEqual(Object.keys(rows[0]!), [
      'id',
      'name',
      'category',
      'commune',
      'open',
      'nextChange',
      'temporarilyClosed',
      'hours',
      'mobile',
      'hoursVary',
      'hoursConfirmed',
    ]);
    assert.deepEqual(get('fs-psp-fort-de-france'), {
      id: 'fs-psp-fort-de-france',
      name: 'France Services Point services aux particuliers (PSP) Fort-de-France',
      category: 'france-services',
      commune: 'Fort-de-France',
      open: true,
      nextChange: '2026-12-08T12:45:00-04:00',
      temporarilyClosed: false,
      hours:
        'Mo,Th 08:00-16:15; Tu,We,Fr 08:00-12:45; Tu[2,4] 08:00-12:45,14:00-16:00; We[2] 08:00-12:45,14:00-16:00; Fr[4] 08:00-12:45,14:00-16:00; PH off',
      mobile: false,
      hoursVary: null,
      // The national list (2024-08-01) has other hours for it (fs-2288, same address and phone): not confirmed.
      hoursConfirmed: false,
    });
    // Ducos: the seed and the national list agree on every weekday.
    assert.equal(get('fs-ducos').hoursConfirmed, true);
    assert.equal(get('fs-le-lorrain').open, false);
    assert.equal(get('fs-le-lorrain').nextChange, '2026-12-09T07:00:00-04:00');
    assert.equal(get('fs-floreal').temporarilyClosed, true);
    assert.equal(get('fs-floreal').open, false);
    assert.equal(get('fs-floreal').nextChange, null);
    assert.equal(get('cgss-schoelcher').hours, null);
    assert.equal(get('cgss-schoelcher').nextChange, null);
  } finally {
    t.cleanup();
  }
});

test('structures --territory 69 answers for Rhône from the national list, with the same fields plus mobile', () => {
  const t = tempDir();
  try {
    const r = runCli(['structures', '--territory', '69', '--at', '2026-12-08T10:00', '--json', '--data-dir', t.dir]);
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Row[];
    // 34 rows of département 69 in liste-fs-20240801.csv.
    assert.equal(rows.length, 34);
    const get = (id: string) => rows.find((x) => x.id === id)!;
    // Row 570, h_mardi "08:30 - 12:15 / 14:00 - 16:15": a Tuesday at 10:00 in Lyon's winter time (+01:00).
    assert.equal(get('fs-570').open, true);
    assert.equal(get('fs-570').nextChange, '2026-12-08T12:15:00+01:00');
    assert.equal(get('fs-570').mobile, false);
    assert.equal(get('fs-570').hoursConfirmed, true);
    // Row 2818, format_fs "Bus_équivalent": mobile, so no live open/closed state.
    assert.equal(get('fs-2818').mobile, true);
    assert.equal(get('fs-2818').open, null);
  } finally {
    t.cleanup();
  }
});

test('structures refuses an unknown territory or a malformed --at with exit code 2', () => {
  const t = tempDir();
  try {
    assert.equal(runCli(['structures', '--territory', '99', '--data-dir', t.dir]).status, 2);
    const r = runCli(['structures', '--territory', '972', '--at', '8 décembre', '--data-dir', t.dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not a local time/);
  } finally {
    t.cleanup();
  }
});
