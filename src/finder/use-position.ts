/**
 * The user's position for "sort by distance", from the app's one position (src/app/position.ts):
 * asked only when the user taps, used only on the device, kept in memory for this visit.
 */
import { useState } from 'preact/hooks';
import { lastFix, locate } from '../app/position';
import type { LatLon } from '../directory/geo';

/** Where asking for the position stands. */
export type PositionState = 'idle' | 'asking' | 'ready' | 'denied' | 'unavailable';

/** The position and a function that asks for it. */
export function usePosition(): { readonly position?: LatLon; readonly state: PositionState; ask(): Promise<LatLon | undefined> } {
  const [position, setPosition] = useState<LatLon | undefined>(lastFix);
  const [state, setState] = useState<PositionState>(lastFix() ? 'ready' : 'idle');

  async function ask(): Promise<LatLon | undefined> {
    setState('asking');
    const result = await locate();
    if (result.status !== 'shown') {
      setState(result.status === 'denied' ? 'denied' : 'unavailable');
      return undefined;
    }
    setPosition(result.fix);
    setState('ready');
    return result.fix;
  }

  return { ...(position ? { position } : {}), state, ask };
}
