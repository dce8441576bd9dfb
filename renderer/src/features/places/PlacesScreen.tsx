import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import type { PlaceView } from '../../../../common/api/contract';
import { useCall, type Loaded } from '../../api/useCall';
import { CallFailed } from '../../components/CallFailed';
import { Pictogram } from '../../components/Pictogram';
import { PlaceCard } from './PlaceCard';

export interface PlacesFilter {
  procedureId?: string;
  themeId?: string;
}

/** Loads the places for a procedure or theme in the visitor's language. */
export function usePlaces(filter: PlacesFilter): Loaded<PlaceView[]> {
  const { i18n } = useTranslation();
  const { procedureId, themeId } = filter;
  return useCall('listPlaces', {
    lang: i18n.language,
    ...(procedureId ? { procedureId } : {}),
    ...(themeId ? { themeId } : {}),
  });
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
  if (places.state === 'failed') return <CallFailed screen="places" code={places.code} />;
  const list = places.state === 'ready' ? places.value : null;
  return (
    <main className="screen places-screen" data-screen="places" aria-busy={list === null}>
      <p className="screen__instruction">{t('places.instruction')}</p>
      <button type="button" className="wide-button" onClick={onMap} data-testid="places-map">
        <Pictogram code={picto.map} size={72} />
        <span>{t('places.showMap')}</span>
      </button>
      {list?.length === 0 && <p>{t('places.none')}</p>}
      {list && (
        <ul className="place-list">
          {list.map((p) => (
            <li key={p.id}>
              <PlaceCard place={p} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
