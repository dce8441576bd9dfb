import { useState } from 'react';
import type { ProcedureCard } from '../../../../common/api/contract';
import { call, errorCodeOf } from '../../api/client';
import type { Loaded } from '../../api/useCall';
import { afterPaint } from '../../after-paint';
import { warmPictograms } from '../../components/Pictogram';
import { picto } from '../../components/pictograms';
import { valueStore } from '../../value-store';

type Lists = Loaded<Record<string, ProcedureCard[]>>;

export interface ProcedureLists {
  /** Every theme's procedures by theme id, as the one call for them stands. */
  snapshot: () => Lists;
  /** Tells `listener` when that changes (useSyncExternalStore); answers the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
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

function procedureLists(themeIds: string[], lang: string): ProcedureLists {
  const lists = valueStore<Lists>({ state: 'loading' });
  let asked = false;
  return {
    snapshot: lists.get,
    subscribe: lists.subscribe,
    need: () => {
      if (asked) return;
      asked = true;
      if (themeIds.length === 0) return lists.set({ state: 'ready', value: {} });
      if (lists.get().state === 'failed') lists.set({ state: 'loading' });
      call('listProcedures', { themeIds, lang }).then(
        (value) => {
          lists.set({ state: 'ready', value });
          afterPaint(() => void warmPictograms(pictogramsOf(themeIds, value)));
        },
        (err: unknown) => {
          asked = false;
          lists.set({ state: 'failed', code: errorCodeOf(err) });
        },
      );
    },
  };
}

/**
 * A visit's procedure lists, every theme's in one call: asked as the visit starts (or by the first theme screen,
 * if that call failed), so a tap on a theme renders its cards at once instead of an empty screen waiting for a
 * call. A store outside React state: their arrival re-renders a theme screen waiting for them, not the whole
 * visit (at 4× slower CPU, that render came just after the choice of a language). Kept for the visit; its themes
 * and language do not change within one (Visit is keyed by its language).
 */
export function useProcedureLists(themeIds: string[], lang: string): ProcedureLists {
  const [lists] = useState(() => procedureLists(themeIds, lang));
  return lists;
}
