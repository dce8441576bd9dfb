import { useEffect } from 'react';
import { afterPaint } from './after-paint';
import { changedBoot, type BootData } from './boot-calls';

/** At most one check in this many milliseconds: one per visitor, not one per touch. */
const checkEveryMs = 10_000;

/**
 * Content installed beside the running kiosk, after its start screen was loaded (a fleet pack imported once the
 * window shows, `repere --cli import`), reaches the next visitor: while the start screen is up, a touch asks
 * whether the installed content is still `version` and, if not, hands the new settings and themes to `onNew`.
 * Asked once the touch's frame is painted: the touch first says what it touched. A visit keeps the content it
 * started with (its lists are asked at its start).
 */
export function useNewContent(active: boolean, version: string | null, onNew: (data: BootData) => void): void {
  useEffect(() => {
    if (!active || version === null) return;
    let last = 0;
    let gone = false;
    const check = () => {
      if (Date.now() - last < checkEveryMs) return;
      last = Date.now();
      afterPaint(() =>
        changedBoot(version).then(
          (data) => void (data && !gone && onNew(data)),
          () => undefined, // asked again at a later touch
        ),
      );
    };
    document.addEventListener('pointerdown', check, { capture: true });
    return () => {
      gone = true;
      document.removeEventListener('pointerdown', check, { capture: true });
    };
  }, [active, version, onNew]);
}
