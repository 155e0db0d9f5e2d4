/**
 * The user's position, asked for only when the user taps (never on opening a screen), kept in
 * memory for this visit and never stored or sent anywhere. One place for the whole app, so the
 * list and the map ask at most once per visit and agree on where the user is.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
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

/** Where asking for the position stands; every screen words each one itself. */
export type PositionStatus = 'idle' | 'asking' | 'shown' | 'denied' | 'failed' | 'unsupported';

/** The position a screen sees, and a function that asks (again). */
export interface Position {
  readonly status: PositionStatus;
  readonly fix?: Fix;
  ask(): Promise<Fix | undefined>;
}

type State = { readonly status: PositionStatus; readonly fix?: Fix };

/**
 * The one position hook. Without `watch` it asks once per tap and starts from this visit's last
 * fix (list, map); a failed new attempt keeps that fix. With `watch` (the way screen) it follows
 * the user while they walk with GPS accuracy, starts empty, and a failure drops the fix.
 */
export function usePosition({ watch = false }: { readonly watch?: boolean } = {}): Position {
  const [state, setState] = useState<State>(() => {
    const fix = watch ? undefined : lastFix();
    return fix ? { status: 'shown', fix } : { status: 'idle' };
  });
  const watching = useRef<number | undefined>(undefined);
  const stop = () => {
    if (watching.current !== undefined) deviceGeolocation()?.clearWatch(watching.current);
    watching.current = undefined;
  };
  useEffect(() => stop, []);

  async function ask(): Promise<Fix | undefined> {
    if (watch) {
      follow();
      return undefined;
    }
    setState((s) => ({ ...s, status: 'asking' }));
    const result = await locate();
    setState((s) => (result.status === 'shown' ? { status: 'shown', fix: result.fix } : { ...s, status: result.status }));
    return result.status === 'shown' ? result.fix : undefined;
  }

  function follow() {
    const geolocation = deviceGeolocation();
    if (!geolocation) return setState({ status: 'unsupported' });
    stop();
    setState((s) => (s.status === 'shown' ? s : { status: 'asking' }));
    watching.current = geolocation.watchPosition(
      (p) => setState({ status: 'shown', fix: { lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy } }),
      (e) => {
        stop();
        // 1 = PERMISSION_DENIED; 2 (no fix) and 3 (timeout) both mean "try again, maybe outside".
        setState({ status: e.code === 1 ? 'denied' : 'failed' });
      },
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 30_000 },
    );
  }

  return { ...state, ask };
}
