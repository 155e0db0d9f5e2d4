/** Distances and directions between points, for "3.4 km north-east" in lists and details. */
import type { Lang } from './types';

/** Any point with latitude and longitude in degrees (a GeoPoint, a municipality centre, a GPS fix). */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** The eight compass points; the UI translates the key. */
export type CompassPoint = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';

/** Mean earth radius (IUGG); the spherical error is below 0.5 %, far under a house number. */
const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from `from` to `to`, in degrees clockwise from north, 0 ≤ result < 360. */
export function bearingDeg(from: LatLon, to: LatLon): number {
  const lat1 = rad(from.lat);
  const lat2 = rad(to.lat);
  const dLon = rad(to.lon - from.lon);
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  const deg = (Math.atan2(y, x) * 180) / Math.PI;
  return ((deg % 360) + 360) % 360;
}

const POINTS: readonly CompassPoint[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

/** The nearest of eight compass points for a bearing; any angle, also negative or above 360. */
export function compassPoint(deg: number): CompassPoint {
  const normal = ((deg % 360) + 360) % 360;
  return POINTS[Math.round(normal / 45) % 8] ?? 'n';
}

const formats = new Map<string, Intl.NumberFormat>();

/** Latin digits, like times (see hours.ts): the same digits as on road signs and maps. */
function unitFormat(lang: Lang, unit: 'meter' | 'kilometer', fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}|${unit}|${fractionDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: fractionDigits,
      numberingSystem: 'latn',
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * A distance as people say it: "850 m" (to 10 m) below 1 km, "3,4 km" below 10 km, "27 km" beyond.
 * Empty for a negative or non-finite value, so a broken position never shows as a number.
 */
export function formatDistance(km: number, lang: Lang): string {
  if (!Number.isFinite(km) || km < 0) return '';
  // Never "0 m": a location is not that exact, and "10 m" reads as "right here".
  const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
  if (metres < 1000) return unitFormat(lang, 'meter', 0).format(metres);
  return unitFormat(lang, 'kilometer', km < 10 ? 1 : 0).format(km);
}
