import { useEffect, useState } from 'preact/hooks';
import { useLoading } from './ready';

/**
 * A part loaded once per page (a screen's code, the hours module, the guide) for a component:
 * `now` when it is already there, else undefined until it arrives, or 'failed' when it cannot be
 * had (offline before it was cached), so the screen can say so. Counted as loading meanwhile.
 *
 * The load starts in the render that first needs it, not in the effect: preact runs effects
 * after the next frame, about 100 ms after a tap at 4× CPU (traced: the list screen's files were
 * requested 186 ms after the tap, now 43–60 ms). `load` must hand out one promise however often
 * it is called, and may start again after a failure.
 */
export function useLoaded<T>(now: T | undefined, load: () => Promise<T>): T | 'failed' | undefined {
  // In a box: useState would call a function (a screen's component) as its initialiser or updater.
  const [{ value }, setBox] = useState<{ value: T | 'failed' | undefined }>({ value: now });
  useLoading(value === undefined);
  if (value === undefined) void load().catch(() => undefined);
  useEffect(() => {
    if (value !== undefined) return;
    let live = true;
    load().then(
      (v) => live && setBox({ value: v }),
      () => live && setBox({ value: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return value;
}
