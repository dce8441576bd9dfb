import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProcedureCard } from '../../../../common/api/contract';
import { call, errorCodeOf } from '../../api/client';
import type { Loaded } from '../../api/useCall';
import { afterPaint } from '../../after-paint';
import { warmPictograms } from '../../components/Pictogram';
import { picto } from '../../components/pictograms';

export interface ProcedureLists {
  /** Every theme's procedures by theme id, as the one call for them stands. */
  loaded: Loaded<Record<string, ProcedureCard[]>>;
  /** Asks for them, unless already asked and not failed (a failed call is asked again). */
  need: () => void;
}

/**
 * Every theme screen's pictograms, in theme order: parsed ahead (each SVG is a document parsed on the main
 * thread), or a theme's first tap waits on its cards' pictograms between the click and the next frame.
 */
const pictogramsOf = (themeIds: string[], lists: Record<string, ProcedureCard[]>) => [
  ...new Set([picto.whereToGo, ...themeIds.flatMap((id) => (lists[id] ?? []).map((p) => p.pictogram))]),
];

/**
 * A visit's procedure lists, every theme's in one call: asked once the themes screen is painted (or by the
 * first theme screen, if sooner), so a tap on a theme renders its cards at once instead of an empty screen
 * waiting for a call. Kept for the visit; its language does not change within one (Visit is keyed by it).
 */
export function useProcedureLists(themeIds: string[], lang: string): ProcedureLists {
  const [loaded, setLoaded] = useState<Loaded<Record<string, ProcedureCard[]>>>({ state: 'loading' });
  const asked = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => void (live.current = false);
  }, []);
  const key = JSON.stringify([themeIds, lang]);
  const need = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    const [ids, language] = JSON.parse(key) as [string[], string];
    if (ids.length === 0) return setLoaded({ state: 'ready', value: {} });
    setLoaded((was) => (was.state === 'failed' ? { state: 'loading' } : was));
    call('listProcedures', { themeIds: ids, lang: language }).then(
      (value) => {
        if (!live.current) return;
        setLoaded({ state: 'ready', value });
        afterPaint(() => void warmPictograms(pictogramsOf(ids, value)));
      },
      (err: unknown) => {
        asked.current = false;
        if (live.current) setLoaded({ state: 'failed', code: errorCodeOf(err) });
      },
    );
  }, [key]);
  return { loaded, need };
}
