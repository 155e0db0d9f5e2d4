/**
 * The user's position for "sort by distance": asked only when the user taps, used only on the
 * device, kept in memory for this visit and never stored or sent.
 */
import { useState } from 'preact/hooks';
import type { LatLon } from '../directory/geo';

/** Where asking for the position stands. */
export type PositionState = 'idle' | 'asking' | 'ready' | 'denied' | 'unavailable';

let remembered: LatLon | undefined;

/** The position and a function that asks for it. */
export function usePosition(): { readonly position?: LatLon; readonly state: PositionState; ask(): Promise<LatLon | undefined> } {
  const [position, setPosition] = useState(remembered);
  const [state, setState] = useState<PositionState>(remembered ? 'ready' : 'idle');

  function ask(): Promise<LatLon | undefined> {
    if (!('geolocation' in navigator)) {
      setState('unavailable');
      return Promise.resolve(undefined);
    }
    setState('asking');
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (p) => {
          remembered = { lat: p.coords.latitude, lon: p.coords.longitude };
          setPosition(remembered);
          setState('ready');
          resolve(remembered);
        },
        (error) => {
          setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
          resolve(undefined);
        },
        // A town-level fix is enough to order offices, and comes faster and with less battery.
        { enableHighAccuracy: false, timeout: 20_000, maximumAge: 10 * 60_000 },
      );
    });
  }

  return { ...(position ? { position } : {}), state, ask };
}
