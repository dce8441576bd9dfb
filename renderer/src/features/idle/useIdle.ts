import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase } from './countdown';

export interface IdleState {
  /** Seconds left before the visit ends, while the "are you still there?" question is shown; null otherwise. */
  remaining: number | null;
}

/**
 * Inactivity watch for a visit. After `timeoutSeconds` without a touch or key, asks (remaining counts down from
 * `countdownSeconds`); any touch answers; at zero `onExpire` ends the visit. Uses Date.now and setInterval only,
 * so tests drive it with Playwright's page.clock instead of any test switch in the product.
 */
export function useIdle(active: boolean, timeoutSeconds: number, countdownSeconds: number, onExpire: () => void) {
  const [remaining, setRemaining] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  const touched = useCallback(() => {
    lastActivity.current = Date.now();
    setRemaining(null);
  }, []);

  useEffect(() => {
    if (!active) {
      setRemaining(null);
      return;
    }
    lastActivity.current = Date.now();
    document.addEventListener('pointerdown', touched, { capture: true });
    document.addEventListener('keydown', touched, { capture: true });
    const timer = setInterval(() => {
      const phase = idlePhase((Date.now() - lastActivity.current) / 1000, timeoutSeconds, countdownSeconds);
      if (phase.kind === 'active') return;
      if (phase.kind === 'over') {
        setRemaining(null);
        expire.current();
      } else {
        setRemaining(phase.seconds);
      }
    }, 250);
    return () => {
      clearInterval(timer);
      document.removeEventListener('pointerdown', touched, { capture: true });
      document.removeEventListener('keydown', touched, { capture: true });
    };
  }, [active, timeoutSeconds, countdownSeconds, touched]);

  return { remaining } satisfies IdleState;
}
