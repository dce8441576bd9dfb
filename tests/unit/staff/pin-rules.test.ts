import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { pinHashExposure } from '../../../main/config/exposure';
import { openKiosk } from '../../../main/services/kiosk';
import { hashPin, scryptParams } from '../../../main/services/pin';
import { StaffGate } from '../../../main/services/staff/gate';
import { setPin } from '../../../main/services/staff/pin-store';
import { defaultContentDir } from '../../../main/paths';
import { runCli } from '../../helpers/cli';
import { setQuickPin } from '../../helpers/pin';
import { tempDir } from '../../helpers/temp';

test('a new PIN has at least 6 digits: set-pin (CLI), the staff PIN change and config hash-pin refuse 5', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
  try {
    await assert.rejects(setPin(kiosk.db, '12345'), /6 to 8 digits/);
    await setQuickPin(kiosk.db, '246813');
    const h = createHandlers(kiosk);
    const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
    await assert.rejects(
      dispatch(h, 'staffChangePin', { token, current: '246813', next: '12345' }),
      (e: unknown) => e instanceof CallFailure && e.error.code === 'bad-input' && /6 to 8/.test(e.error.message),
    );
  } finally {
    kiosk.close();
  }
  for (const args of [
    ['staff', 'set-pin', '--data-dir', t.dir],
    ['config', 'hash-pin', '--pin-stdin'],
  ]) {
    const r = runCli(args, {}, '12345\n');
    assert.equal(r.status, 1, args.join(' '));
    assert.match(r.stderr, /6 to 8 digits/);
    assert.ok(!r.stderr.includes('12345'), 'the PIN is never echoed');
  }
  t.cleanup();
});

test('the lockout grows with each series (5 min, 15 min, 1 h, 4 h, then a day at most) and survives restarts', async () => {
  const t = tempDir();
  let now = new Date('2026-11-25T10:00:00Z').getTime();
  const clock = () => new Date(now);
  const open = () => openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }, clock);
  let kiosk = open();
  try {
    await setQuickPin(kiosk.db, '246813');
    const seen: number[] = [];
    for (let series = 0; series < 6; series++) {
      // A restart between series: the count of series is kept with the lockout.
      kiosk.close();
      kiosk = open();
      const gate = new StaffGate(kiosk.db, clock);
      let last;
      for (let i = 0; i < 5; i++) last = await gate.enter('000000');
      assert.ok(last && !last.ok && last.reason === 'locked', `series ${series}`);
      seen.push(last.retryAfterSeconds);
      now += last.retryAfterSeconds * 1000;
    }
    assert.deepEqual(seen, [300, 900, 3600, 14400, 86400, 86400]);
    // The right PIN ends it all: the next series starts again at 5 minutes.
    const gate = new StaffGate(kiosk.db, clock);
    assert.equal((await gate.enter('246813')).ok, true);
    let last;
    for (let i = 0; i < 5; i++) last = await gate.enter('000000');
    assert.deepEqual(last, { ok: false, reason: 'locked', retryAfterSeconds: 300 });
  } finally {
    kiosk.close();
    t.cleanup();
  }
});

test('the database is readable by the kiosk account only (0600), even one an older version made 0644', () => {
  const t = tempDir();
  try {
    openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }).close();
    const file = join(t.dir, 'repere.sqlite');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    chmodSync(file, 0o644);
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(statSync(`${file}-wal`).mode & 0o777, 0o600);
    kiosk.close();
  } finally {
    t.cleanup();
  }
});

test('a machine config holding pinHash that every account can read is reported', async () => {
  const t = tempDir();
  try {
    const file = join(t.dir, 'config.json');
    const config = { kioskId: 'k1', mode: 'kiosk' as const, pinHash: await hashPin('482915', { N: 1024, r: 8, p: 1 }) };
    writeFileSync(file, JSON.stringify(config));
    chmodSync(file, 0o644);
    assert.match(pinHashExposure(file, config, 'linux') ?? '', /readable by every account/);
    chmodSync(file, 0o640);
    assert.equal(pinHashExposure(file, config, 'linux'), null);
  } finally {
    t.cleanup();
  }
});

test('PIN hashes are made at the raised scrypt cost (N = 2^17)', async () => {
  assert.ok(scryptParams.N >= 2 ** 17);
  const hash = await hashPin('482915');
  assert.equal(hash.split('$')[1], String(scryptParams.N));
});
