import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { hashPin, pinHashPattern, verifyPin } from '../pin';

/**
 * The staff PIN, stored only as a salted scrypt hash in its own table (never in `settings`, so no call that
 * reads settings can leak it), and the persisted lockout: each series of 5 wrong PINs locks entry, longer each
 * time (5 min, 15 min, 1 h, 4 h, then a day at most) until the right PIN is entered.
 */
export const maxFailures = 5;
export const lockoutSteps = [5 * 60_000, 15 * 60_000, 60 * 60_000, 4 * 60 * 60_000, 24 * 60 * 60_000] as const;
export const lockoutMs = lockoutSteps[0];
/** The number of lockouts since the last right PIN, in meta (no schema change; survives restarts). */
const seriesKey = 'staff_lockout_series';

function lockoutSeries(db: Db): number {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(seriesKey) as { value: string } | undefined;
  return Number(row?.value ?? 0) || 0;
}

function setLockoutSeries(db: Db, series: number): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(seriesKey, String(series));
}

export function isPinSet(db: Db): boolean {
  return db.prepare('SELECT 1 FROM staff_pin WHERE id = 1').get() !== undefined;
}

/** Stores a new PIN hash and clears any lockout. Throws a clear message for a PIN that is not 6-8 digits. */
export async function setPin(db: Db, pin: string): Promise<void> {
  storePinHash(db, await hashPin(pin));
}

/** For IT tools that already hold a hash (machine config files made with `config hash-pin`). */
export function storePinHash(db: Db, hash: string): void {
  if (!pinHashPattern.test(hash)) throw new Error('Not a PIN hash (expected scrypt$N$r$p$salt$hash).');
  db.transaction(() => {
    db.prepare('INSERT OR REPLACE INTO staff_pin (id, hash) VALUES (1, ?)').run(hash);
    db.prepare('DELETE FROM staff_lockout').run();
    setLockoutSeries(db, 0);
  })();
}

export interface LockoutState {
  failures: number;
  lockedUntil: Date | null;
}

export function lockoutState(db: Db, now: Date): LockoutState {
  const row = db.prepare('SELECT failures, locked_until FROM staff_lockout WHERE id = 1').get() as
    { failures: number; locked_until: string | null } | undefined;
  const until = row?.locked_until ? new Date(row.locked_until) : null;
  // An expired lockout is over: a fresh series of attempts begins.
  if (until && until.getTime() <= now.getTime()) return { failures: 0, lockedUntil: null };
  return { failures: row?.failures ?? 0, lockedUntil: until };
}

function saveLockout(db: Db, state: LockoutState): void {
  db.prepare('INSERT OR REPLACE INTO staff_lockout (id, failures, locked_until) VALUES (1, ?, ?)').run(
    state.failures,
    state.lockedUntil?.toISOString() ?? null,
  );
}

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number }
  | { ok: false; reason: 'wrong'; attemptsLeft: number };

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/** Checks a PIN against the stored hash, counting failures. Callers serialise calls (see StaffGate). */
export async function checkPin(db: Db, clock: () => Date, pin: string): Promise<PinCheck> {
  const row = db.prepare('SELECT hash FROM staff_pin WHERE id = 1').get() as { hash: string } | undefined;
  if (!row) return { ok: false, reason: 'no-pin' };
  const before = lockoutState(db, clock());
  if (before.lockedUntil)
    return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(before.lockedUntil, clock()) };
  const good = await verifyPin(pin, row.hash);
  const now = clock();
  if (good) {
    saveLockout(db, { failures: 0, lockedUntil: null });
    setLockoutSeries(db, 0);
    return { ok: true };
  }
  const failures = before.failures + 1;
  if (failures >= maxFailures) {
    const series = lockoutSeries(db);
    const lockedUntil = new Date(now.getTime() + lockoutSteps[Math.min(series, lockoutSteps.length - 1)]!);
    setLockoutSeries(db, series + 1);
    saveLockout(db, { failures: 0, lockedUntil });
    return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(lockedUntil, now) };
  }
  saveLockout(db, { failures, lockedUntil: null });
  return { ok: false, reason: 'wrong', attemptsLeft: maxFailures - failures };
}

/**
 * For the machine config's `pinHash` (written by IT with `config hash-pin`): applied once per distinct value,
 * so a PIN that staff changed afterwards is kept until IT ships a new hash. Returns true when it was applied.
 */
export function applyConfiguredPinHash(db: Db, hash: string): boolean {
  const last = db.prepare("SELECT value FROM meta WHERE key = 'configured_pin_hash'").get() as
    { value: string } | undefined;
  // Only a fingerprint of the configured hash is remembered: the verifier itself lives in staff_pin alone.
  const fingerprint = createHash('sha256').update(hash).digest('hex');
  if (last?.value === fingerprint) return false;
  db.transaction(() => {
    storePinHash(db, hash);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('configured_pin_hash', ?)").run(fingerprint);
  })();
  return true;
}
