/**
 * The user's position, asked for only when the user taps (never on opening a screen), kept in
 * memory for this visit and never stored or sent anywhere. One place for the whole app, so the
 * list and the map ask at most once per visit and agree on where the user is.
 */
import type { LatLon } from '../directory/geo';

/** A position fix with its accuracy radius in metres. */
export interface Fix extends LatLon {
  readonly accuracy?: number;
}

/** The outcome of one request. */
export type LocateResult = { readonly status: 'shown'; readonly fix: Fix } | { readonly status: 'denied' | 'failed' | 'unsupported' };

/** Asks the device once. A town-level fix is enough here, and it comes faster on an old phone. */
export function locate(geolocation: Geolocation | undefined = deviceGeolocation()): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ status: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (p) => {
        const { latitude: lat, longitude: lon, accuracy } = p.coords;
        if (!Number.isFinite(lat) || !Number.isFinite(lon)) return resolve({ status: 'failed' });
        remembered = { lat, lon, ...(Number.isFinite(accuracy) ? { accuracy } : {}) };
        resolve({ status: 'shown', fix: remembered });
      },
      (error) => resolve({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'failed' }),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 5 * 60_000 },
    );
  });
}

let remembered: Fix | undefined;

/** The last position found in this visit, if any. */
export function lastFix(): Fix | undefined {
  return remembered;
}

function deviceGeolocation(): Geolocation | undefined {
  return typeof navigator !== 'undefined' && 'geolocation' in navigator ? navigator.geolocation : undefined;
}
