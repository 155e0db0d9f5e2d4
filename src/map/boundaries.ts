/**
 * The bundled boundary file (BKG VG250): the district outline, its 16 municipalities and the
 * unincorporated Gutsbezirk. Read at this one edge into plain types; nothing else parses it.
 */
import type { LatLon } from '../directory/geo';
import type { Region } from '../directory/types';

/** A ring or polygon as GeoJSON orders it: [lon, lat] pairs. */
export type AreaGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[] };

/** One area of the boundary file. */
export interface Area {
  readonly ags: string;
  /** Official German name from the file. */
  readonly name: string;
  readonly kind: 'district' | 'municipality' | 'unincorporated';
  /** Where its name label goes (inside the area, computed when the file was extracted). */
  readonly label: LatLon;
  readonly geometry: AreaGeometry;
}

/** Everything the map draws without a connection. */
export interface Boundaries {
  readonly district?: Area;
  /** The region's municipalities, in the file's order. */
  readonly municipalities: readonly Area[];
  /** Areas in the district that belong to no municipality (Gutsbezirk Kaufunger Wald). */
  readonly unincorporated: readonly Area[];
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isPosition(v: unknown): boolean {
  return Array.isArray(v) && v.length >= 2 && isNumber(v[0]) && isNumber(v[1]);
}

function isPolygon(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition));
}

function geometry(raw: unknown): AreaGeometry | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.type === 'Polygon' && isPolygon(raw.coordinates)) return raw as unknown as AreaGeometry;
  if (raw.type === 'MultiPolygon' && Array.isArray(raw.coordinates) && raw.coordinates.length > 0 && raw.coordinates.every(isPolygon))
    return raw as unknown as AreaGeometry;
  return undefined;
}

/**
 * The areas of a boundary FeatureCollection. A municipality is what the region lists; any other
 * area of the file except the district is unincorporated. Broken features are skipped, so one bad
 * polygon never takes the whole map down.
 */
export function parseBoundaries(raw: unknown, region: Pick<Region, 'municipalities'>): Boundaries {
  const known = new Set(region.municipalities.map((m) => m.ags));
  const features = isObject(raw) && raw.type === 'FeatureCollection' && Array.isArray(raw.features) ? raw.features : [];
  let district: Area | undefined;
  const municipalities: Area[] = [];
  const unincorporated: Area[] = [];
  for (const feature of features) {
    if (!isObject(feature) || !isObject(feature.properties)) continue;
    const { ags, name, kind, labelLat, labelLon } = feature.properties;
    const geo = geometry(feature.geometry);
    if (typeof ags !== 'string' || typeof name !== 'string' || !isNumber(labelLat) || !isNumber(labelLon) || !geo) continue;
    const base = { ags, name, label: { lat: labelLat, lon: labelLon }, geometry: geo };
    if (kind === 'district') district ??= { ...base, kind: 'district' };
    else if (known.has(ags)) municipalities.push({ ...base, kind: 'municipality' });
    else unincorporated.push({ ...base, kind: 'unincorporated' });
  }
  return { ...(district ? { district } : {}), municipalities, unincorporated };
}

/** Fetches and parses the region's boundary file (precached, so this works offline). */
export async function loadBoundaries(region: Pick<Region, 'boundaries' | 'municipalities'>): Promise<Boundaries> {
  const res = await fetch(new URL(region.boundaries, document.baseURI));
  if (!res.ok) throw new Error(`boundaries: HTTP ${res.status}`);
  return parseBoundaries(await res.json(), region);
}
