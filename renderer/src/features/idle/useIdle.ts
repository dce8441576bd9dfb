import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase, questionAwaitsClick } from './countdown';

export interface IdleState {
  /** Seconds left before the visit ends, while the "are you still there?" question is shown; null otherwise. */
  remaining: number | null;
  /** The visitor answered the question (touched it): it goes away. */
  dismiss: () => void;
}

/** Touches on the question itself keep it shown until their click lands on it, so the click reaches nothing below. */
const questionSelector = '.idle-overlay';

/**
 * Inactivity watch for a visit. After `timeoutSeconds` without a touch or key, asks (remaining counts down from
 * `countdownSeconds`); any touch answers; at zero `onExpire` ends the visit. Uses Date.now and setInterval only,
 * so tests drive it with Playwright's page.clock instead of any test switch in the product.
 */
export function useIdle(
  active: boolean,
  timeoutSeconds: number,
  countdownSeconds: number,
  onExpire: () => void,
): IdleState {
  const [remaining, setRemaining] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  const dismiss = useCallback(() => {
    lastActivity.current = Date.now();
    setRemaining(null);
  }, []);

  const touched = useCallback(
    (event: Event) => {
      lastActivity.current = Date.now();
      const onQuestion = event.target instanceof Element && event.target.closest(questionSelector);
      if (!onQuestion) dismiss();
    },
    [dismiss],
  );

  useEffect(() => {
    if (!active) {
      setRemaining(null);
      return;
    }
    lastActivity.current = Date.now();
    document.addEventListener('pointerdown', touched, { capture: true });
    document.addEventListener('keydown', dismiss, { capture: true });
    const timer = setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      const phase = idlePhase(idle, timeoutSeconds, countdownSeconds);
      if (phase.kind === 'active') {
        if (!questionAwaitsClick(idle)) setRemaining(null);
        return;
      }
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
      document.removeEventListener('keydown', dismiss, { capture: true });
    };
  }, [active, timeoutSeconds, countdownSeconds, touched, dismiss]);

  return { remaining, dismiss };
}
