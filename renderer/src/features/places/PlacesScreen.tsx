import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceView } from '../../../../common/api/contract';
import { call } from '../../api/client';
import { Pictogram } from '../../components/Pictogram';
import { PlaceCard } from './PlaceCard';

export interface PlacesFilter {
  procedureId?: string;
  themeId?: string;
}

/** Loads the places for a procedure or theme in the visitor's language; null while loading, 'failed' on error. */
export function usePlaces(filter: PlacesFilter): PlaceView[] | null | 'failed' {
  const { i18n } = useTranslation();
  const [places, setPlaces] = useState<PlaceView[] | null | 'failed'>(null);
  const { procedureId, themeId } = filter;
  useEffect(() => {
    let live = true;
    call('listPlaces', {
      lang: i18n.language,
      ...(procedureId ? { procedureId } : {}),
      ...(themeId ? { themeId } : {}),
    }).then(
      (p) => live && setPlaces(p),
      () => live && setPlaces('failed'),
    );
    return () => {
      live = false;
    };
  }, [i18n.language, procedureId, themeId]);
  return places;
}

interface PlacesScreenProps {
  filter: PlacesFilter;
  onOpen: (id: string) => void;
  onMap: () => void;
}

/** "Where to go": the structures that help, open ones first, then the nearest. */
export function PlacesScreen({ filter, onOpen, onMap }: PlacesScreenProps) {
  const { t } = useTranslation();
  const places = usePlaces(filter);
  return (
    <main className="screen places-screen" data-screen="places" aria-busy={places === null}>
      <p className="screen__instruction">{t('places.instruction')}</p>
      <button type="button" className="wide-button" onClick={onMap} data-testid="places-map">
        <Pictogram code="1F5FA" size={72} />
        <span>{t('places.showMap')}</span>
      </button>
      {places === 'failed' && <p role="alert">{t('places.loadError')}</p>}
      {Array.isArray(places) && places.length === 0 && <p>{t('places.none')}</p>}
      {Array.isArray(places) && (
        <ul className="place-list">
          {places.map((p) => (
            <li key={p.id}>
              <PlaceCard place={p} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
