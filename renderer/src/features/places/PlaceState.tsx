import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import type { PlaceView } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';
import { formatTime, isSameLocalDay, todayOf, weekdayKeyAt } from './format';

/** The sentence saying whether a place is open, and until when or when it opens next. */
export function useStateText(place: PlaceView): { state: string; detail: string | null } {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tz = place.timezone;
  switch (place.state) {
    case 'open':
      return {
        state: t('places.open'),
        detail: place.closesAt ? t('places.openUntil', { time: formatTime(place.closesAt, lang, tz) }) : null,
      };
    case 'closed': {
      if (!place.opensAt) return { state: t('places.closed'), detail: t('places.noNextOpening') };
      const time = formatTime(place.opensAt, lang, tz);
      return {
        state: t('places.closed'),
        detail: isSameLocalDay(place.opensAt, todayOf(place))
          ? t('places.opensToday', { time })
          : t('places.opensOn', { day: t(weekdayKeyAt(place.opensAt, tz)), time }),
      };
    }
    case 'temporarily-closed':
      return { state: t('places.temporarilyClosed'), detail: place.temporaryClosure?.reason ?? null };
    case 'mobile':
      // A bus or itinerant service: its hours say when it works, not where it is. Never "open now".
      return { state: t('truth.mobile'), detail: t('truth.callFirst') };
    default:
      return { state: t('places.unknown'), detail: null };
  }
}

/** Open/closed is never colour alone: a pictogram, a word and (through speech) a voice. */
export function PlaceStateBadge({ place }: { place: PlaceView }) {
  const { state, detail } = useStateText(place);
  return (
    <p className={`place-state place-state--${place.state}`} data-testid={`state-${place.id}`} data-state={place.state}>
      {place.state === 'open' && <Pictogram code={picto.open} size={56} />}
      {place.state === 'closed' && <Pictogram code={picto.closed} size={56} />}
      {place.state === 'temporarily-closed' && <Pictogram code={picto.temporarilyClosed} size={56} />}
      {place.state === 'unknown' && <Pictogram code={picto.stateUnknown} size={56} />}
      {place.state === 'mobile' && <Pictogram code={picto.mobile} size={56} />}
      <span>
        <strong className="place-state__word">{state}</strong>
        {detail && <span className="place-state__detail"> · {detail}</span>}
      </span>
    </p>
  );
}
