/**
 * The opening-hours module, loaded once on first use. It carries a large library, so the list is
 * drawn without it and shows its badges when it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { app, type AppState } from '../app/state';
import type { Region } from '../directory/types';
import { formatList } from '../i18n/list';
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
 * Pays the first rows' one-time costs once, after the module arrives, each in a task of its own,
 * not in the render of the first rows with badges (often the first key typed in the search). In
 * traced runs at 4× CPU:
 * - the engine's locale data, loaded by a page's first Intl.ListFormat, DisplayNames or
 *   DateTimeFormat (120–230 ms at 4× in a blank page, whichever comes first; the others then take
 *   10–60 ms): the rows join the towns an office serves with the UI language's list format;
 * - the parser's first run, which compiles much of the library (83 ms; a second spec took 6 ms).
 * The hours themselves no longer use Intl (src/directory/hours-format.ts).
 */
function warmUp(m: HoursModule): Promise<void> {
  return nextTask()
    .then(() => formatList(['', '']))
    .then(nextTask)
    .then(() => void m.hoursState('Mo-Fr 08:00-12:00, 13:00-16:00; PH off', new Date()))
    // A warm-up that fails costs only what it would have saved: the first rows pay it, as before.
    .catch(() => undefined);
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
