// Builds data/maps/<territory>.json from world-atlas's countries-10m (Natural Earth 1:10m, public domain):
// France's polygons clipped to each territory's bbox. Run offline: `npx tsx scripts/maps/build-outlines.ts`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { defaultContentDir } from '../../main/paths';

type Ring = [number, number][];
const require = createRequire(import.meta.url);
const atlasFile = require.resolve('world-atlas/countries-10m.json');
const atlasVersion = (
  JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }
).version;

/** Sutherland–Hodgman against one edge of the rectangle. */
function clipEdge(
  ring: Ring,
  inside: (p: [number, number]) => boolean,
  cut: (a: [number, number], b: [number, number]) => [number, number],
): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i]!;
    const prev = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) out.push(cut(prev, cur));
  }
  return out;
}

function clipRing(ring: Ring, [w, s, e, n]: number[]): Ring {
  const atX =
    (x: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [
      x,
      a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
    ];
  const atY =
    (y: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [
      a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
      y,
    ];
  let r = ring.slice(0, -1);
  r = clipEdge(r, (p) => p[0] >= w!, atX(w!));
  r = clipEdge(r, (p) => p[0] <= e!, atX(e!));
  r = clipEdge(r, (p) => p[1] >= s!, atY(s!));
  r = clipEdge(r, (p) => p[1] <= n!, atY(n!));
  if (r.length < 3) return [];
  return [...r.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4] as [number, number]), r[0]!];
}

const topology = JSON.parse(readFileSync(atlasFile, 'utf8')) as Topology;
const countries = feature(topology, topology.objects.countries as GeometryCollection) as unknown as {
  features: { id: string; properties: { name: string }; geometry: { type: string; coordinates: Ring[][] } }[];
};
const france = countries.features.find((f) => f.properties.name === 'France')!;
const territories = JSON.parse(readFileSync(join(defaultContentDir, 'territories.json'), 'utf8')) as {
  id: string;
  bbox: number[];
}[];
mkdirSync(join(defaultContentDir, 'maps'), { recursive: true });
for (const t of territories) {
  const polygons = france.geometry.coordinates
    .map((poly) => poly.map((ring) => clipRing(ring, t.bbox)).filter((r) => r.length > 0))
    .filter((poly) => poly.length > 0);
  const out = {
    territory: t.id,
    bbox: t.bbox,
    outline: { type: 'MultiPolygon', coordinates: polygons },
    source: {
      official: `Natural Earth 1:10m (public domain) via world-atlas ${atlasVersion} countries-10m, France (${france.id}), clipped to the territory's bbox`,
    },
  };
  writeFileSync(join(defaultContentDir, 'maps', `${t.id}.json`), JSON.stringify(out) + '\n');
  console.log(
    t.id,
    polygons.length,
    'polygons',
    polygons.flat().reduce((n, r) => n + r.length, 0),
    'points',
  );
}
