/**
 * The opening-hours module, loaded once on first use. It carries a large library, so the list is
 * drawn without it and shows its badges when it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { app } from '../app/state';

/** The lazily loaded hours module (src/directory/hours.ts). */
export type HoursModule = typeof import('../directory/hours');

let loaded: HoursModule | undefined;
let loading: Promise<HoursModule> | undefined;

/** Loads the hours module once; a failed load (offline, chunk not cached) may be tried again. */
export function loadHours(): Promise<HoursModule> {
  loading ??= import('../directory/hours').then(
    (m) => {
      // Public holidays are the region's (its state's), not written into the code.
      const region = app.get().directory?.region;
      if (region) m.setHolidayRegion(region);
      return (loaded = m);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The hours module once loaded; undefined before (and if it cannot be loaded). */
export function useHours(): HoursModule | undefined {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useLoading(!module && !failed);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadHours().then(
      (m) => live && setModule(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return module;
}
