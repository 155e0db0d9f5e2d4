/**
 * The opening-hours module, loaded once on first use. It carries a large library, so the list is
 * drawn without it and shows its badges when it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { app, type AppState } from '../app/state';
import type { Region } from '../directory/types';

/** The lazily loaded hours module (src/directory/hours.ts). */
export type HoursModule = typeof import('../directory/hours');

let loaded: HoursModule | undefined;
let loading: Promise<HoursModule> | undefined;

/** The region once it is read (from the summary or the directory): a cold start may load the hours first. */
function region(): Promise<Region> {
  const now = (s: AppState) => s.summary?.region ?? s.directory?.region;
  return new Promise((resolve) => {
    const found = now(app.get());
    if (found) return resolve(found);
    const stop = app.subscribe((s) => {
      const later = now(s);
      if (later) {
        stop();
        resolve(later);
      }
    });
  });
}

/** Loads the hours module once; a failed load (offline, chunk not cached) may be tried again. */
export function loadHours(): Promise<HoursModule> {
  loading ??= Promise.all([import('../directory/hours'), region()]).then(
    ([m, where]) => {
      // Public holidays are the region's (its state's), not written into the code. Without it
      // every opening-hours call throws, so the module is handed out only after it is set.
      m.setHolidayRegion(where);
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
