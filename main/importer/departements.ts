import { z } from 'zod';
import type { Territory } from '../content/schema';
import { departementCode, departementZone, holidayState, outlinesDataset } from './dataset';

type Ring = [number, number][];
type MultiPolygon = Ring[][];

const position = z.tuple([z.number(), z.number()]);
const polygon = z.array(z.array(position));
/** departements.geojson as published: one feature per département, WGS84. */
export const outlinesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({ insee_dep: z.string().regex(departementCode), lib_dep: z.string().min(1) }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: polygon }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
      ]),
    }),
  ),
});

export interface Departement {
  code: string;
  name: string;
  outline: MultiPolygon;
}

/** About 100 m: enough for a kiosk map, and it keeps the 101 outlines small. */
const round = (v: number) => Math.round(v * 1000) / 1000 || 0; // never -0, which JSON writes as 0

function simplifyRing(ring: Ring): Ring | null {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

/** Twice the signed area (shoelace, lon/lat as x/y): negative when the ring turns clockwise. */
function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a;
}

/** d3-geo reads rings spherically: an exterior ring must turn clockwise, a hole counter-clockwise. */
function wind(ring: Ring, exterior: boolean): Ring {
  const clockwise = signedArea(ring) < 0;
  return clockwise === exterior ? ring : [...ring].reverse();
}

export function readDepartements(geojson: unknown): Departement[] {
  const file = outlinesFileSchema.parse(geojson);
  return file.features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const outline = polygons
      .map((rings) =>
        rings
          .map((r, i) => {
            const ring = simplifyRing(r as Ring);
            return ring && wind(ring, i === 0);
          })
          .filter((r): r is Ring => r !== null),
      )
      .filter((rings) => rings.length > 0);
    return { code: f.properties.insee_dep, name: f.properties.lib_dep, outline };
  });
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4 || 0;

/** A département as a territory: zone, holidays, and the map frame from its outline (with a small margin). */
export function toTerritory(d: Departement): Territory {
  const points = d.outline.flat(2);
  const w = Math.min(...points.map((p) => p[0]));
  const e = Math.max(...points.map((p) => p[0]));
  const s = Math.min(...points.map((p) => p[1]));
  const n = Math.max(...points.map((p) => p[1]));
  // The frame's centre: the kiosk's default position when staff have not set one.
  const [lon, lat] = [(w + e) / 2, (s + n) / 2];
  const mx = (e - w) * 0.03;
  const my = (n - s) * 0.03;
  return {
    id: d.code,
    name: d.name,
    timezone: departementZone(d.code),
    center: { lat: r4(lat), lon: r4(lon) },
    bbox: [r4(w - mx), r4(s - my), r4(e + mx), r4(n + my)],
    holidays: { country: 'fr', state: holidayState(d.code, d.name) },
    source: {
      official: `INSEE, Code officiel géographique (département ${d.code}); ${outlinesDataset.name}, ${outlinesDataset.date}, ${outlinesDataset.licence}; IANA time zone database; jours fériés: Code du travail art. L3133-1 et dates locales, tels que les connaît le paquet opening_hours`,
    },
  };
}

/** data/maps/<code>.json: the outline the map screen projects (territory-map.ts). */
export function toMapFile(d: Departement, t: Territory) {
  return {
    territory: d.code,
    bbox: t.bbox,
    outline: { type: 'MultiPolygon' as const, coordinates: d.outline },
    source: { official: `${outlinesDataset.name}, ${outlinesDataset.date}, ${outlinesDataset.licence}` },
  };
}
