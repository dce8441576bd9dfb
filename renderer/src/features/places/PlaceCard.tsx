import type { PlaceView } from '../../../../common/api/contract';
import { PlaceFacts } from './PlaceFacts';
import { PlaceStateBadge } from './PlaceState';

/** One structure as a card; touching it opens its detail. The speech helper reads the card's own text. */
export function PlaceCard({ place, onOpen }: { place: PlaceView; onOpen: (id: string) => void }) {
  return (
    <article className="place-card" data-testid={`place-${place.id}`}>
      <button type="button" className="place-card__button" onClick={() => onOpen(place.id)}>
        <h2 className="place-card__name" lang="fr">
          {place.name}
        </h2>
        <PlaceStateBadge place={place} />
        <PlaceFacts place={place} />
      </button>
    </article>
  );
}
