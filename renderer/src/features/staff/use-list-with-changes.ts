import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, HoursChangeView } from '../../../../common/api/contract';
import { useStaff } from './context';

type ListCall = 'staffListLocalPlaces' | 'staffListStructures';
const everyChange = () => true;

/**
 * A staff list (structures, local places) and the change log with undo, fetched together. `refresh(message)` shows
 * its message ("saved", "undone") with the lists it speaks of, never beside the old ones. `keep` must be stable.
 */
export function useListWithChanges<K extends ListCall>(
  listCall: K,
  keep: (c: HoursChangeView) => boolean = everyChange,
) {
  const { t } = useTranslation();
  const staff = useStaff();
  const [listing, setListing] = useState<CallOutput<K> | null>(null);
  const [changes, setChanges] = useState<HoursChangeView[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(
    (message?: string) =>
      Promise.all([staff.call<ListCall>(listCall, {}), staff.call('staffListHoursChanges', {})]).then(
        ([l, c]) => {
          setListing(l as CallOutput<K>);
          setChanges(c.filter(keep));
          if (message !== undefined) setMessage(message);
        },
        () => setFailed(true),
      ),
    [staff, listCall, keep],
  );
  useEffect(() => void refresh(), [refresh]);

  const undo = (id: number) =>
    staff.call('staffUndoHoursChange', { changeId: id }).then(
      (r) => refresh(r.ok ? t('staff.hours.undoneOk') : r.message),
      () => setFailed(true),
    );

  return { listing, changes, message, setMessage, failed, setFailed, refresh, undo };
}
