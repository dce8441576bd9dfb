import { useEffect, useState } from 'react';
import { picto } from '../../components/pictograms';
import { useTranslation } from 'react-i18next';
import type { StaffOutputs } from '../../../../common/api/staff-contract';
import { Pictogram } from '../../components/Pictogram';
import { useStaff } from './context';

type Notice = StaffOutputs['staffNotices']['notices'][number];

/**
 * What the last start repaired (a damaged database or state.json, kept aside, never deleted), shown on every
 * staff screen until the kiosk restarts, so staff call IT. The sentences come from main and name the files.
 */
export function StartupNotices() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    staff.call('staffNotices', {}).then(
      (r) => setNotices(r.notices),
      () => undefined,
    );
  }, [staff]);
  if (notices.length === 0) return null;
  return (
    <section className="staff-notices" role="alert" data-testid="staff-notices">
      <Pictogram code={picto.startupNotice} size={48} />
      <div>
        <h2>{t('reliability.noticesTitle')}</h2>
        <ul>
          {notices.map((n) => (
            <li key={n.keptAs}>{n.message}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
