import { useState } from 'react';
import { StaffMode } from './StaffMode';

/**
 * The desk configuration (an office PC, windowed: machine config `"mode": "desk"`, or /desk in a browser on
 * the machine): staff mode straight away, PIN pad first. Leaving, or the idle timeout, comes back to the pad,
 * never to a visitor screen, so a desk left alone is locked.
 */
export function Desk() {
  const [round, setRound] = useState(0);
  return <StaffMode key={round} onExit={() => setRound((r) => r + 1)} />;
}
