import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritoryMap } from '../../../../common/api/contract';
import { useCall } from '../../api/useCall';

type Point = { x: number; y: number };

/**
 * The territory map the visitors see (the département's outline, drawn from the same d3-geo projection): a touch
 * places the point, sent in map units; main turns it into a position with the inverse projection.
 */
export function PlaceMapPicker({ point, onPick }: { point: Point | null; onPick: (p: Point | null) => void }) {
  const { t } = useTranslation();
  const loaded = useCall('getTerritoryMap', {});
  if (loaded.state !== 'ready') return null;
  const map: TerritoryMap = loaded.value;
  const pick = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * map.width;
    const y = ((e.clientY - box.top) / box.height) * map.height;
    onPick({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  };
  return (
    <fieldset className="staff-form place-map">
      <legend>{t('staff.places.position')}</legend>
      <p className="staff-hint">{t('staff.places.positionHint')}</p>
      <div
        className="territory-map place-map__map"
        style={{ aspectRatio: `${map.width} / ${map.height}` }}
        onPointerDown={pick}
        data-testid="place-map"
      >
        <svg viewBox={`0 0 ${map.width} ${map.height}`} aria-hidden="true" focusable="false">
          <rect width={map.width} height={map.height} className="territory-map__sea" />
          <path d={map.outline} className="territory-map__land" />
          {point && (
            <circle cx={point.x} cy={point.y} r={12} className="place-map__point" data-testid="place-map-point" />
          )}
        </svg>
      </div>
      {point && (
        <button type="button" className="staff-small" onClick={() => onPick(null)} data-testid="place-map-clear">
          {t('staff.places.positionClear')}
        </button>
      )}
    </fieldset>
  );
}
