import { useMemo, useState } from 'react';
import { picto } from '../../components/pictograms';
import { useTranslation } from 'react-i18next';
import type { PlaceView, TerritoryMap } from '../../../../common/api/contract';
import { useCall } from '../../api/useCall';
import { CallFailed } from '../../components/CallFailed';
import { Pictogram } from '../../components/Pictogram';
import { PlaceCard } from './PlaceCard';
import { CategoryPictogram } from './CategoryPictogram';
import { usePlaces, type PlacesFilter } from './PlacesScreen';
import { speakParts } from '../../speech/phrases';

interface PinGroup {
  key: string;
  x: number;
  y: number;
  places: PlaceView[];
}

/** Pins nearer than a touch target (in map units, the map being at most 900 px wide) share one pin. */
const NEAR = 110;

/** Places at the same or nearby points share one pin; touching it shows all their cards. */
function groupPins(map: TerritoryMap, places: PlaceView[]): PinGroup[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const groups: PinGroup[] = [];
  for (const pin of map.pins) {
    const place = byId.get(pin.id);
    if (!place) continue;
    const near = groups.find((g) => Math.hypot(g.x - pin.x, g.y - pin.y) < NEAR);
    if (near) {
      const n = near.places.length;
      near.x = (near.x * n + pin.x) / (n + 1);
      near.y = (near.y * n + pin.y) / (n + 1);
      near.places.push(place);
    } else groups.push({ key: pin.id, x: pin.x, y: pin.y, places: [place] });
  }
  return groups;
}

const stateKey = {
  open: 'places.open',
  closed: 'places.closed',
  unknown: 'places.unknown',
  'temporarily-closed': 'places.temporarilyClosed',
  mobile: 'truth.mobile',
} as const;

/** The territory drawn offline from a bundled outline, one pin per place and "you are here". */
export function MapScreen({ filter, onOpen }: { filter: PlacesFilter; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const loadedPlaces = usePlaces(filter);
  const loadedMap = useCall('getTerritoryMap', {});
  const [selected, setSelected] = useState<string | null>(null);
  const map = loadedMap.state === 'ready' ? loadedMap.value : null;
  const places = loadedPlaces.state === 'ready' ? loadedPlaces.value : null;
  const groups = useMemo(() => (map && places ? groupPins(map, places) : []), [map, places]);
  const failed = [loadedMap, loadedPlaces].find((l) => l.state === 'failed');
  if (failed?.state === 'failed') return <CallFailed screen="map" code={failed.code} />;
  const chosen = groups.find((g) => g.key === selected);
  return (
    <main className="screen map-screen" data-screen="map" aria-busy={map === null || places === null}>
      <p className="screen__instruction">{t('places.mapInstruction')}</p>
      {map && (
        // Geography is never mirrored: pins are placed with physical left/top even in right-to-left pages.
        <div
          className="territory-map"
          style={{ aspectRatio: `${map.width} / ${map.height}` }}
          data-testid="territory-map"
        >
          <svg viewBox={`0 0 ${map.width} ${map.height}`} aria-hidden="true" focusable="false">
            <rect width={map.width} height={map.height} className="territory-map__sea" />
            <path d={map.outline} className="territory-map__land" />
          </svg>
          <div
            className="territory-map__here"
            style={{ left: `${(map.here.x / map.width) * 100}%`, top: `${(map.here.y / map.height) * 100}%` }}
            data-testid="map-here"
            data-speak={t('places.youAreHere')}
          >
            <Pictogram code={picto.youAreHere} size={48} />
            <span>{t('places.youAreHere')}</span>
          </div>
          {groups.map((g) => {
            const open = g.places.some((p) => p.state === 'open');
            const closed = g.places.some((p) => p.state === 'closed');
            // Closed for a while (works, a disaster) is not closed until its next opening hour: its own 🚧.
            const paused = !closed && g.places.some((p) => p.state === 'temporarily-closed');
            const known = closed || paused;
            const label = g.places.map((p) => `${p.name}: ${t(stateKey[p.state])}`).join(', ');
            return (
              <button
                key={g.key}
                type="button"
                className={`map-pin${g.key === selected ? ' map-pin--selected' : ''}`}
                style={{ left: `${(g.x / map.width) * 100}%`, top: `${(g.y / map.height) * 100}%` }}
                onClick={() => setSelected(g.key)}
                data-testid="map-pin"
                data-places={g.places.map((p) => p.id).join(' ')}
                aria-pressed={g.key === selected}
                aria-label={label}
                // Heard piece by piece: each French name by the French voice, its state in the visitor's.
                data-speak-parts={speakParts(
                  g.places.flatMap((p) => [
                    { text: p.name, lang: 'fr' },
                    { text: t(stateKey[p.state]), lang },
                  ]),
                )}
                data-state={open ? 'open' : closed ? 'closed' : paused ? 'temporarily-closed' : 'unknown'}
                data-category={new Set(g.places.map((p) => p.category)).size === 1 ? g.places[0]!.category : 'mixed'}
              >
                <CategoryPictogram categories={g.places.map((p) => p.category)} size={56} />
                {open && <Pictogram code={picto.open} size={32} />}
                {!open && closed && <Pictogram code={picto.closed} size={32} />}
                {!open && paused && <Pictogram code={picto.temporarilyClosed} size={32} />}
                {!open && !known && <Pictogram code={picto.stateUnknown} size={32} />}
                {g.places.length > 1 && (
                  <span className="map-pin__count" data-testid="map-pin-count">
                    {g.places.length}
                  </span>
                )}
              </button>
            );
          })}
        </div>
      )}
      <p className="map-screen__note">{t('places.approximate')}</p>
      {chosen && (
        <ul className="place-list" data-testid="map-cards" data-reveal="">
          {chosen.places.map((p) => (
            <li key={p.id}>
              <PlaceCard place={p} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
