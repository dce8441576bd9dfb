import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { z } from 'zod';
import { sourceSchema } from '../content/source-schema';
import type { Territory } from '../content/schema';
import type { Structure } from '../content/structure-schema';
import type { TerritoryMap } from '../../common/api/contract';

/** data/maps/<territory>.json, built offline from the IGN outlines by scripts/content/build-france-services.ts. */
const outlineFileSchema = z
  .object({
    territory: z.string(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    outline: z
      .object({
        type: z.literal('MultiPolygon'),
        coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))),
      })
      .strict(),
    source: sourceSchema,
  })
  .strict();

const WIDTH = 1000;

/** The map's projection: the territory's bounding box fitted to WIDTH map units (Mercator, as IGN draws it). */
function territoryProjection(territory: Territory): { projection: GeoProjection; height: number } {
  const [w, s, e, n] = territory.bbox;
  const frame = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  };
  const probe = geoMercator().fitWidth(WIDTH, frame);
  const [[, y0], [, y1]] = geoPath(probe).bounds(frame);
  const height = Math.round(y1 - y0);
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [WIDTH, height],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, height],
    ]);
  return { projection, height };
}

/** Where staff touched the map (in its units, as getTerritoryMap draws it) as a position; null off the map. */
export function mapPointToPosition(territory: Territory, point: { x: number; y: number }) {
  const { projection, height } = territoryProjection(territory);
  if (point.x < 0 || point.x > WIDTH || point.y < 0 || point.y > height) return null;
  const [lon, lat] = projection.invert?.([point.x, point.y]) ?? [NaN, NaN];
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  // About a metre: more would pretend a precision a touch on a map does not have.
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

/** A position in map units, to show a place's point on the staff form's map. */
export function positionToMapPoint(territory: Territory, position: { lat: number; lon: number }) {
  const [x, y] = territoryProjection(territory).projection([position.lon, position.lat]) ?? [NaN, NaN];
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** Projects the bundled outline and the structures' positions; no tile server, no network. */
export function buildTerritoryMap(
  contentDir: string,
  territory: Territory,
  structures: Structure[],
  here: { lat: number; lon: number },
): TerritoryMap {
  const file = join(contentDir, 'maps', `${territory.id}.json`);
  const parsed = outlineFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`maps/${territory.id}.json: ${first.path.join('.')}: ${first.message}`);
  }
  const { projection, height } = territoryProjection(territory);
  const outline = geoPath(projection)({ type: 'MultiPolygon', coordinates: parsed.data.outline.coordinates }) ?? '';
  const point = (lat: number, lon: number) => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  };
  const pins = structures
    .filter((st) => st.position)
    .map((st) => ({ id: st.id, ...point(st.position!.lat, st.position!.lon), precision: st.position!.precision }));
  return {
    width: WIDTH,
    height,
    outline,
    pins,
    here: point(here.lat, here.lon),
    source: parsed.data.source.official ?? '',
  };
}
