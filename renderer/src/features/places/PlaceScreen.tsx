import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { CallFailed } from '../../components/CallFailed';
import { PlaceFacts } from './PlaceFacts';
import { PlaceStateBadge } from './PlaceState';
import { dayHours, weekdayKeyOfDate } from './format';

/** One structure: its state, facts and the coming seven days' hours, today first and highlighted. */
export function PlaceScreen({ placeId }: { placeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const loaded = useCall('getPlace', { id: placeId, lang });
  if (loaded.state === 'loading') return <main className="screen" data-screen="place" aria-busy="true" />;
  // A place no longer in the content (a pack import since) cannot be shown either.
  if (loaded.state === 'failed' || loaded.value === null)
    return <CallFailed screen="place" code={loaded.state === 'failed' ? loaded.code : 'failed'} />;
  const place = loaded.value;
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
                  {dayHours(day, lang, t)}
                  {/* A service moving between places: that day's commune, a French name read in French. */}
                  {day.site && (
                    <>
                      {' · '}
                      <span lang="fr" data-testid="day-site">
                        {day.site}
                      </span>
                    </>
                  )}
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
