/**
 * The opening-hours module, loaded once on first use. It carries a large library, so the list is
 * drawn without it and shows its badges when it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { app, type AppState } from '../app/state';
import type { Region } from '../directory/types';
import { nextTask } from '../lib/next-task';

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

let warm: Promise<void> | undefined;

/**
 * Pays the engine's one-time costs of the hours once, in a task of their own after the module
 * arrives, not in the render of the first rows with badges (often the first key typed in the
 * search). In a traced run at 4× CPU the first key of a page's first search took 340–450 ms: the
 * page's first Intl.DateTimeFormat sets up the engine's date data (about 180 ms at 4× on its own,
 * any language; later formatters take a few ms) and the library's parser ran for the first time.
 */
function warmUp(m: HoursModule): Promise<void> {
  return nextTask().then(() => {
    const lang = app.get().lang ?? 'de';
    const now = new Date();
    m.formatWeekday(now, lang);
    m.formatWeekday(now, lang, 'short');
    m.formatTime(now, lang);
    m.hoursState('Mo-Fr 08:00-12:00, 13:00-16:00; PH off', now);
    // A warm-up that fails costs only what it would have saved: the first badge pays it, as before.
  }).catch(() => undefined);
}

/** The warm-up of a loaded hours module, once it has run (for tests); undefined before the module is loaded. */
export function hoursWarmedUp(): Promise<void> | undefined {
  return warm;
}

/** Loads the hours module once; a failed load (offline, chunk not cached) may be tried again. */
export function loadHours(): Promise<HoursModule> {
  loading ??= Promise.all([import('../directory/hours'), region()]).then(
    ([m, where]) => {
      // Public holidays are the region's (its state's), not written into the code. Without it
      // every opening-hours call throws, so the module is handed out only after it is set.
      m.setHolidayRegion(where);
      warm = warmUp(m);
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
