/**
 * The opening-hours module, loaded once on first use. It carries a large library, so the list is
 * drawn without it and shows its badges when it arrives.
 */
import { useLoaded } from '../app/loaded';
import { app, type AppState } from '../app/state';
import type { Region } from '../directory/types';
import { inIdleSlices, nextTask } from '../lib/next-task';

/** The lazily loaded hours module (src/directory/hours.ts). */
export type HoursModule = typeof import('../directory/hours');

let loaded: HoursModule | undefined;
let loading: Promise<HoursModule> | undefined;

/** The first value `pick` finds in the app's state, now or once it is there. */
function stateHas<T>(pick: (s: AppState) => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const found = pick(app.get());
    if (found) return resolve(found);
    const stop = app.subscribe((s) => {
      const later = pick(s);
      if (later) {
        stop();
        resolve(later);
      }
    });
  });
}

/** The region once it is read (from the summary or the directory): a cold start may load the hours first. */
const region = (): Promise<Region> => stateHas((s) => s.summary?.region ?? s.directory?.region);

let warm: Promise<void> | undefined;

/**
 * Pays the first rows' one-time cost once, after the module arrives, in a task of its own, not in
 * the render of the first rows with badges (often the first key typed in the search), and then
 * parses the directory's hours in idle time (parseAhead). The cost is the parser's first run, which
 * compiles much of the library (83–236 ms at 4× CPU, traced; a second spec took 6 ms). The rows'
 * hours and towns are written without Intl, whose locale data a page's first Intl.ListFormat or
 * DateTimeFormat loads in a task of 120–240 ms; it was the warm-up's other task until the towns'
 * list format went into a table (src/directory/hours-format.ts, src/i18n/list.ts).
 */
function warmUp(m: HoursModule): Promise<void> {
  return nextTask()
    .then(() => void m.hoursState('Mo-Fr 08:00-12:00, 13:00-16:00; PH off', new Date()))
    .then(() => parseAhead(m))
    // A warm-up that fails costs only what it would have saved: the first rows pay it, as before.
    .catch(() => undefined);
}

/** At most this many distinct specs are parsed ahead: a directory of 10,000 entries may hold thousands. */
export const PARSED_AHEAD = 400;

/**
 * Parses the directory's opening hours while the page is idle, so that the rows a key draws find
 * their specs parsed: the library's parse of a spec not seen before took about 6 ms at 4× CPU,
 * some 30 ms of the first key of a page's first search (profiled). Idle time only, so a start
 * that builds the search index, whose steps are tasks, goes first. Nothing without
 * requestIdleCallback (then the rows parse, as before).
 */
function parseAhead(m: HoursModule): void {
  if (typeof requestIdleCallback !== 'function') return;
  void stateHas((s) => s.directory).then((directory) => {
    const specs = [...new Set(directory.entries.map((e) => e.openingHours ?? ''))].filter((s) => s !== '').slice(0, PARSED_AHEAD);
    let next = 0;
    // A parse takes a few milliseconds at 4× CPU (a cold one some 30): one more only while that
    // much idle time is left.
    inIdleSlices(
      () => next < specs.length,
      () => m.prepareHours(specs[next++] ?? ''),
      5,
    );
  });
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

/**
 * The hours module once loaded, 'failed' when it cannot be loaded (offline, not cached: a screen
 * may say why the hours do not come), undefined while it loads.
 */
export function useHoursModule(): HoursModule | 'failed' | undefined {
  return useLoaded(loaded, loadHours);
}

/** The hours module once loaded; undefined before (and if it cannot be loaded). */
export function useHours(): HoursModule | undefined {
  const module = useHoursModule();
  return module === 'failed' ? undefined : module;
}
