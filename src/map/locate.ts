/**
 * "Where am I?": the position is asked for only when the user taps, kept in memory for this
 * visit (so the map and its list agree), and never stored or sent anywhere.
 */
import { useState } from 'preact/hooks';
import type { LatLon } from '../directory/geo';

/** A position fix with its accuracy radius in metres. */
export interface Fix extends LatLon {
  readonly accuracy?: number;
}

/** Where asking stands; the screen says each one in words. */
export type LocateStatus = 'idle' | 'busy' | 'shown' | 'denied' | 'failed' | 'unsupported';

/** The outcome of one request. */
export type LocateResult = { readonly status: 'shown'; readonly fix: Fix } | { readonly status: 'denied' | 'failed' | 'unsupported' };

/** Asks the device once. A town-level fix is enough here, and it comes faster on an old phone. */
export function locate(geolocation: Geolocation | undefined): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ status: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (p) => {
        const { latitude: lat, longitude: lon, accuracy } = p.coords;
        if (!Number.isFinite(lat) || !Number.isFinite(lon)) return resolve({ status: 'failed' });
        resolve({ status: 'shown', fix: { lat, lon, ...(Number.isFinite(accuracy) ? { accuracy } : {}) } });
      },
      (error) => resolve({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'failed' }),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 5 * 60_000 },
    );
  });
}

let remembered: Fix | undefined;

/** The position for this visit and a function that asks for it. */
export function useLocate(): { readonly status: LocateStatus; readonly fix?: Fix; ask(): void } {
  const [state, setState] = useState<{ status: LocateStatus; fix?: Fix }>(
    remembered ? { status: 'shown', fix: remembered } : { status: 'idle' },
  );
  const ask = () => {
    setState((s) => ({ ...s, status: 'busy' }));
    void locate(typeof navigator !== 'undefined' && 'geolocation' in navigator ? navigator.geolocation : undefined).then((result) => {
      if (result.status === 'shown') remembered = result.fix;
      // A failed new attempt keeps the last known position on the map.
      setState((s) => (result.status === 'shown' ? { status: 'shown', fix: result.fix } : { ...s, status: result.status }));
    });
  };
  return { ...state, ask };
}
