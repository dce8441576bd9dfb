import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceView } from '../../../../common/api/contract';
import { call } from '../../api/client';
import { PlaceFacts } from './PlaceFacts';
import { PlaceStateBadge } from './PlaceState';
import { formatSlot, weekdayKeyOfDate } from './format';

/** One structure: its state, facts and the coming seven days' hours, today first and highlighted. */
export function PlaceScreen({ placeId }: { placeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [place, setPlace] = useState<PlaceView | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    call('getPlace', { id: placeId, lang }).then(
      (p) => live && setPlace(p ?? 'failed'),
      () => live && setPlace('failed'),
    );
    return () => {
      live = false;
    };
  }, [placeId, lang]);
  if (place === null) return <main className="screen" data-screen="place" aria-busy="true" />;
  if (place === 'failed')
    return (
      <main className="screen" data-screen="place">
        <p className="screen__instruction" role="alert">
          {t('places.loadError')}
        </p>
      </main>
    );
  return (
    <main className="screen place-screen" data-screen="place">
      <p className="screen__instruction" lang="fr">
        {place.name}
      </p>
      <PlaceStateBadge place={place} />
      <PlaceFacts place={place} repeatable />
      <h2>{t('places.hoursTitle')}</h2>
      {place.hours === null ? (
        <p className="to-verify">{t('places.hoursToVerify')}</p>
      ) : (
        <table className="week-table" data-testid="week-table">
          <tbody>
            {place.week.map((day) => (
              <tr
                key={day.date}
                className={day.today ? 'week-table__today' : undefined}
                aria-current={day.today ? 'date' : undefined}
              >
                <th scope="row">
                  {t(weekdayKeyOfDate(day.date))}
                  {day.today && <span className="week-table__today-label"> ({t('places.today')})</span>}
                </th>
                <td>
                  {day.slots.length === 0
                    ? t('places.closedAllDay')
                    : day.slots.map((s) => `${formatSlot(s.from, lang)} – ${formatSlot(s.to, lang)}`).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {place.toBeVerified.includes('hours') && place.hours !== null && (
        <p className="to-verify">{t('places.hoursToVerify')}</p>
      )}
    </main>
  );
}
