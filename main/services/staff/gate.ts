import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import { checkPin, isPinSet, lockoutState, setPin, type PinCheck } from './pin-store';

/** A staff session ends after this long without a staff call (the screen itself leaves sooner). */
export const sessionIdleMs = 5 * 60_000;

export class StaffDenied extends Error {
  constructor() {
    super('Staff session missing or expired: enter the PIN again.');
    this.name = 'StaffDenied';
  }
}

export interface StaffStatus {
  pinSet: boolean;
  lockedSeconds: number;
}

export type EnterResult = { ok: true; token: string; idleSeconds: number } | Exclude<PinCheck, { ok: true }>;

/**
 * Staff entry: PIN checks (one at a time, so parallel guesses cannot outrun the lockout) and the staff
 * session tokens, kept only in this process's memory and expiring after inactivity.
 */
export class StaffGate {
  private readonly sessions = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  status(): StaffStatus {
    const now = this.clock();
    const { lockedUntil } = lockoutState(this.db, now);
    const lockedSeconds = lockedUntil ? Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) : 0;
    return { pinSet: isPinSet(this.db), lockedSeconds };
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  enter(pin: string): Promise<EnterResult> {
    return this.serial(async () => {
      const check = await checkPin(this.db, this.clock, pin);
      if (!check.ok) return check;
      const token = randomBytes(32).toString('base64url');
      this.sessions.set(token, this.clock().getTime() + sessionIdleMs);
      return { ok: true, token, idleSeconds: sessionIdleMs / 1000 };
    });
  }

  /** Throws StaffDenied unless the token is live; each use extends it. */
  require(token: string): void {
    const expires = this.sessions.get(token);
    const now = this.clock().getTime();
    if (expires === undefined || expires <= now) {
      this.sessions.delete(token);
      throw new StaffDenied();
    }
    this.sessions.set(token, now + sessionIdleMs);
  }

  /** Whether any staff session is live (the Electron shell allows the microphone only then). */
  isActive(): boolean {
    const now = this.clock().getTime();
    return [...this.sessions.values()].some((expires) => expires > now);
  }

  /** Ends every staff session (the page was reloaded after a crash, or the kiosk is going home). */
  endAll(): void {
    this.sessions.clear();
  }

  leave(token: string): void {
    this.sessions.delete(token);
  }

  /** PIN change from staff mode: the current PIN is asked again (a session left open is not enough). */
  changePin(token: string, current: string, next: string): Promise<PinCheck> {
    this.require(token);
    return this.serial(async () => {
      const check = await checkPin(this.db, this.clock, current);
      if (check.ok) await setPin(this.db, next);
      return check;
    });
  }
}
