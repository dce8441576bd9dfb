import { useTranslation } from 'react-i18next';
import type { PlaceView } from '../../../../common/api/contract';
import { speakParts } from '../../speech/phrases';
import { PlaceFacts } from './PlaceFacts';
import { PlaceStateBadge, useStateText } from './PlaceState';

/**
 * One structure as a card; touching it opens its detail. A first touch anywhere on it says the card as one control
 * (its French name by the French voice, open or closed, the next change), not only the line under the finger; its
 * parts (address, phone…) are each heard on the place's own screen, or by "read all".
 */
export function PlaceCard({ place, onOpen }: { place: PlaceView; onOpen: (id: string) => void }) {
  const { i18n } = useTranslation();
  const { state, detail } = useStateText(place);
  const lang = i18n.language;
  return (
    <article className="place-card" data-testid={`place-${place.id}`}>
      <button
        type="button"
        className="place-card__button"
        onClick={() => onOpen(place.id)}
        data-speak-parts={speakParts([
          { text: place.name, lang: 'fr' },
          { text: state, lang },
          { text: detail ?? '', lang },
        ])}
      >
        <h2 className="place-card__name" lang="fr">
          {place.name}
        </h2>
        <PlaceStateBadge place={place} />
        <PlaceFacts place={place} />
      </button>
    </article>
  );
}
