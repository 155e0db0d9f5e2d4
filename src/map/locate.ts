/** "Where am I?" on the map: the shared position (src/app/position.ts) with the map's states. */
import { useState } from 'preact/hooks';
import { lastFix, locate, type Fix } from '../app/position';

/** Where asking stands; the screen says each one in words. */
export type LocateStatus = 'idle' | 'busy' | 'shown' | 'denied' | 'failed' | 'unsupported';

/** The position for this visit and a function that asks for it. */
export function useLocate(): { readonly status: LocateStatus; readonly fix?: Fix; ask(): void } {
  const [state, setState] = useState<{ status: LocateStatus; fix?: Fix }>(() => {
    const fix = lastFix();
    return fix ? { status: 'shown', fix } : { status: 'idle' };
  });
  const ask = () => {
    setState((s) => ({ ...s, status: 'busy' }));
    void locate().then((result) => {
      // A failed new attempt keeps the last known position on the map.
      setState((s) => (result.status === 'shown' ? { status: 'shown', fix: result.fix } : { ...s, status: result.status }));
    });
  };
  return { ...state, ask };
}
