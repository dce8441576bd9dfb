/**
 * Where a visit stands after `idleSeconds` without a touch: still active (null), asking with `seconds` left,
 * or over. Pure, so the rule is unit-tested; useIdle only measures the time.
 */
export type IdlePhase = { kind: 'active' } | { kind: 'asking'; seconds: number } | { kind: 'over' };

export function idlePhase(idleSeconds: number, timeoutSeconds: number, countdownSeconds: number): IdlePhase {
  if (idleSeconds < timeoutSeconds) return { kind: 'active' };
  const seconds = Math.ceil(timeoutSeconds + countdownSeconds - idleSeconds);
  return seconds <= 0 ? { kind: 'over' } : { kind: 'asking', seconds };
}
