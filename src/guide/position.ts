/**
 * The user's position, asked for only when they tap (never on opening a screen), kept in memory
 * only. GPS needs no connection, so this works offline.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where the position search stands. */
export type Position =
  | { readonly kind: 'idle' }
  | { readonly kind: 'locating' }
  | { readonly kind: 'denied' }
  /** No fix (indoors, no GPS) or no geolocation in this browser. */
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'fix'; readonly lat: number; readonly lon: number; readonly accuracy: number };

/** Maps a GeolocationPositionError code to what the user is told. */
export function positionProblem(code: number): 'denied' | 'unavailable' {
  // 1 = PERMISSION_DENIED; 2 (no fix) and 3 (timeout) both mean "try again, maybe outside".
  return code === 1 ? 'denied' : 'unavailable';
}

/** The position and a function to start looking; updates follow while the user walks. */
export function usePosition(): readonly [Position, () => void] {
  const [position, setPosition] = useState<Position>({ kind: 'idle' });
  const watch = useRef<number | undefined>(undefined);
  const stop = () => {
    if (watch.current !== undefined) navigator.geolocation.clearWatch(watch.current);
    watch.current = undefined;
  };
  useEffect(() => stop, []);

  const locate = () => {
    if (!('geolocation' in navigator)) return setPosition({ kind: 'unavailable' });
    stop();
    setPosition((p) => (p.kind === 'fix' ? p : { kind: 'locating' }));
    watch.current = navigator.geolocation.watchPosition(
      (p) => setPosition({ kind: 'fix', lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy }),
      (e) => {
        stop();
        setPosition({ kind: positionProblem(e.code) });
      },
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 30_000 },
    );
  };
  return [position, locate] as const;
}
