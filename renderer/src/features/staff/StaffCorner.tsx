import { useRef } from 'react';
import './staff-corner.css';

/** How long the corner must be held: long enough that a visitor's touch never opens staff mode by chance. */
export const holdMs = 3000;

/**
 * An invisible zone in the top inline-end corner. Holding it 3 seconds opens the PIN pad; lifting the
 * finger or sliding away earlier cancels. It is not a control for visitors, so it stays out of the
 * accessibility tree (the staff entry is documented in the README, not announced).
 */
export function StaffCorner({ onOpen }: { onOpen: () => void }) {
  const timer = useRef<number | undefined>(undefined);
  const cancel = () => window.clearTimeout(timer.current);
  return (
    <div
      className="staff-corner"
      aria-hidden="true"
      data-testid="staff-corner"
      onPointerDown={() => {
        cancel();
        timer.current = window.setTimeout(onOpen, holdMs);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onContextMenu={(e) => e.preventDefault()}
    />
  );
}
