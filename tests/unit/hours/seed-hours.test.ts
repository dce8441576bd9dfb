import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { seedAnswers } from './seed-cases';

// Expected answers worked out by hand from seed 000 annex 2 (the hours per weekday in each row).
const expected = [
  'fs-lamentin-bourg 2026-12-07T11:00 open 2026-12-07T12:00:00-04:00',
  'fs-lamentin-bourg 2026-12-07T12:30 closed 2026-12-07T13:00:00-04:00',
  'fs-psp-fort-de-france 2026-12-08T10:00 open 2026-12-08T12:45:00-04:00',
  'fs-psp-fort-de-france 2026-12-08T15:00 open 2026-12-08T16:00:00-04:00',
  'fs-psp-fort-de-france 2026-12-01T15:00 closed 2026-12-02T08:00:00-04:00',
  'fs-psp-fort-de-france 2026-11-24T15:00 open 2026-11-24T16:00:00-04:00',
  'fs-psp-fort-de-france 2026-12-09T15:00 open 2026-12-09T16:00:00-04:00',
  'fs-psp-fort-de-france 2026-12-16T15:00 closed 2026-12-17T08:00:00-04:00',
  'fs-psp-fort-de-france 2026-11-27T15:00 open 2026-11-27T16:00:00-04:00',
  'fs-psp-fort-de-france 2026-11-20T15:00 closed 2026-11-23T08:00:00-04:00',
  'fs-le-precheur 2026-12-12T09:00 open 2026-12-12T11:30:00-04:00',
  'fs-le-precheur 2026-12-12T11:45 closed 2026-12-14T08:00:00-04:00',
  'fs-le-precheur 2026-05-22T10:00 closed 2026-05-23T08:00:00-04:00',
  'fs-le-precheur 2026-12-25T10:00 closed 2026-12-26T08:00:00-04:00',
  'fs-floreal 2026-12-08T10:00 closed -',
];

test('seed rows: split days, nth weekdays, Saturday mornings, holidays (incl. 22 May) and a closure', () => {
  assert.deepEqual(seedAnswers(), expected);
});

test('the same answers whatever the machine zone: a child process under TZ=Asia/Tokyo', () => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'tests/unit/hours/seed-cases.ts'), '--print'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Asia/Tokyo' },
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const probe = spawnSync(process.execPath, ['-e', 'console.log(new Date(0).getTimezoneOffset())'], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Asia/Tokyo' },
  });
  assert.equal(probe.stdout.trim(), '-540', 'the child really runs in Tokyo time');
  assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), expected);
});
