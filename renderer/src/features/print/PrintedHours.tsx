import i18next from 'i18next';
import type { PrintedPlace } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { weekdayKeyOfDate } from '../places/format';

const frenchDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', timeZone: 'UTC' });

/**
 * A place's week on the sheet ("lun. 08:00-12:00 · mar. …"): each day named in French ("lun.") for the agent and,
 * beside it, in the visitor's language (from its locale's days.* table, which Chromium lacks for ti, ps, ff and ht).
 */
export function PrintedHours({ place, lang }: { place: PrintedPlace; lang: string }) {
  if (place.days.length === 0) return null;
  const own = i18next.getFixedT(lang);
  const info = languageInfo(lang);
  return (
    <span data-testid="printed-hours">
      {place.days.map((day, i) => (
        <span key={day.date}>
          {i > 0 && ' · '}
          {frenchDay.format(new Date(`${day.date}T12:00:00Z`))}{' '}
          {lang !== 'fr' && (
            <>
              <bdi lang={info.tag} dir={info.dir}>
                {own(weekdayKeyOfDate(day.date))}
              </bdi>{' '}
            </>
          )}
          <bdi dir="ltr">{day.slots}</bdi>
        </span>
      ))}
    </span>
  );
}
