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

/** After a touch on the question itself, it goes away on its own this long later if no click arrived. */
export const answerGraceSeconds = 2;

/**
 * While the visit is active again after a touch on the question (`idleSeconds` since that touch), whether the
 * question stays shown, waiting for the touch's click to land on it (a cancelled touch lets it go after the grace).
 */
export const questionAwaitsClick = (idleSeconds: number) => idleSeconds <= answerGraceSeconds;
