import { useCallback, useRef } from 'react';
import type { ProcedureDetail } from '../../../../common/api/contract';
import { call } from '../../api/client';
import { afterPaint } from '../../after-paint';

export interface ProcedureDetails {
  /** A procedure asked for ahead and arrived, or undefined (its screen then asks for it on its own). */
  get: (id: string) => ProcedureDetail | undefined;
  /** Asks for these procedures in one call once the screen is painted; those asked already are not asked again. */
  ahead: (ids: string[]) => void;
}

/**
 * A visit's procedures asked for ahead: a theme screen asks for its cards' procedures once it is painted, so a tap
 * on a card opens the procedure at once instead of an empty busy screen waiting for a call. A cache, not state:
 * an answer changes nothing on screen, it is read when the visitor opens a procedure. Kept for the visit (Visit is
 * keyed by its language); a failed call is forgotten, the procedure's screen then asks for it itself.
 */
export function useProcedureDetails(lang: string): ProcedureDetails {
  const known = useRef(new Map<string, ProcedureDetail>());
  const asked = useRef(new Set<string>());
  const get = useCallback((id: string) => known.current.get(id), []);
  const ahead = useCallback(
    (ids: string[]) =>
      afterPaint(() => {
        const fresh = ids.filter((id) => !asked.current.has(id)).slice(0, 64);
        if (fresh.length === 0) return;
        for (const id of fresh) asked.current.add(id);
        call('getProcedures', { ids: fresh, lang }).then(
          (found) => {
            for (const [id, detail] of Object.entries(found)) known.current.set(id, detail);
          },
          () => {
            for (const id of fresh) asked.current.delete(id);
          },
        );
      }),
    [lang],
  );
  return { get, ahead };
}
