/**
 * What to do when the kiosk page crashes or hangs. Pure, so the policy is tested under Node:
 * a failure reloads the start screen; too many failures close together mean reloading does not help
 * (a corrupt GPU state, a leaking renderer), so the whole app relaunches.
 */
export interface RecoveryPolicy {
  /** Failures are counted within this sliding window. */
  windowMs: number;
  /** Reloads allowed within the window; the next failure relaunches. */
  maxReloads: number;
}

export const defaultRecoveryPolicy: RecoveryPolicy = { windowMs: 10 * 60_000, maxReloads: 3 };

/** A page reported unresponsive gets this long to recover by itself before it counts as a failure. */
export const unresponsiveGraceMs = 15_000;

export type RecoveryAction = 'reload' | 'relaunch';

/** Failure times still inside the window at `now` (older ones no longer count). */
export function recentFailures(history: readonly number[], now: number, policy = defaultRecoveryPolicy): number[] {
  return history.filter((t) => t <= now && now - t < policy.windowMs);
}

/**
 * The action for a failure happening at `now`, given the times of earlier failures (`history`, ms).
 * Reload while at most `maxReloads` failures (this one included) fall inside the window, relaunch after.
 */
export function recoveryAction(
  history: readonly number[],
  now: number,
  policy = defaultRecoveryPolicy,
): RecoveryAction {
  const count = recentFailures(history, now, policy).length + 1;
  return count > policy.maxReloads ? 'relaunch' : 'reload';
}
