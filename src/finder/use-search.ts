/**
 * Search for the list: the index is read from the device when a start before stored it for the
 * same entries (search-store.ts), else built once per directory, in a worker
 * (search-index-worker.ts) or, without one, in time slices on the page (slices.ts), and then
 * stored; either way it is usually ready before the search opens, and each keystroke only queries
 * it. A start that will have to build it starts while the entries are still read from the device
 * (index-while-reading.ts). While a build is under way, its early index (names, keywords, topics,
 * towns) already answers, and the list says that more may follow.
 */
import { useEffect, useReducer } from 'preact/hooks';
import { buildIndex, search, type SearchHit, type SearchIndex } from '../directory/search';
import { indexSteps } from '../directory/search-index';
import { buildInWorker, type WorkerBuild } from '../directory/search-index-worker';
import type { Directory } from '../directory/types';
import { nextTask } from '../lib/next-task';
import type { AppStorage } from '../storage';
import { MARK, mark } from './perf-marks';
import { takeBuildBegun } from './index-while-reading';
import { readStoredIndex, storeIndex } from './search-store';
import { runInSlices } from './slices';

const indexes = new WeakMap<Directory, SearchIndex>();
const building = new WeakMap<Directory, Promise<SearchIndex>>();
const storing = new WeakMap<Directory, Promise<boolean>>();
const early = new WeakMap<Directory, SearchIndex>();
// Redraws of the lists waiting for a directory's early index.
const waitingForEarly = new WeakMap<Directory, Set<() => void>>();

function keepEarly(directory: Directory, index: SearchIndex): void {
  early.set(directory, index);
  mark(MARK.searchEarly);
  for (const redraw of waitingForEarly.get(directory) ?? []) redraw();
}

function keep(directory: Directory, index: SearchIndex): SearchIndex {
  indexes.set(directory, index);
  early.delete(directory);
  mark(MARK.searchReady);
  return index;
}

/** The search index of a directory, built at once on first call (tests, tools) and then reused. */
export function indexFor(directory: Directory): SearchIndex {
  return indexes.get(directory) ?? keep(directory, buildIndex(directory.entries, directory.region));
}

/**
 * The directory's index: the one stored on the device when it fits (storage given), else built
 * and then stored; a build begun while the entries were read (index-while-reading.ts), begun
 * because no stored index could fit, goes on. Once per directory; later calls share the first.
 */
export function prepareIndex(directory: Directory, storage?: AppStorage): Promise<SearchIndex> {
  const ready = indexes.get(directory);
  if (ready) return Promise.resolve(ready);
  let build = building.get(directory);
  if (!build) {
    build = obtain(directory, storage, takeBuildBegun(directory)).then((index) => {
      building.delete(directory);
      return indexes.get(directory) ?? keep(directory, index);
    });
    building.set(directory, build);
  }
  return build;
}

/**
 * Built in a worker where the browser has them, beside the page's thread (one begun while the
 * entries were read goes on); else, or when the worker fails, on the page in time slices (its
 * early index may then come a second time).
 */
function build(directory: Directory, ahead: WorkerBuild | undefined): Promise<SearchIndex> {
  const early = (index: SearchIndex) => keepEarly(directory, index);
  const onPage = () => runInSlices(indexSteps(directory.entries, directory.region, early));
  if (ahead) return ahead.finish(directory.entries, early).catch(onPage);
  if (typeof Worker === 'undefined') return onPage();
  return buildInWorker(directory.entries, directory.region, early).catch(onPage);
}

async function obtain(directory: Directory, storage: AppStorage | undefined, ahead: WorkerBuild | undefined): Promise<SearchIndex> {
  const stored = storage && !ahead ? await readStoredIndex(storage, directory) : undefined;
  if (stored) return stored;
  const index = await build(directory, ahead);
  if (storage) {
    // In a task of its own, after the ready index has been drawn: its typed arrays are copied for
    // the worker that writes them (src/storage/index-writer.ts), a few hundred kilobytes a task.
    const saved = nextTask().then(() => storeIndex(storage, directory, index));
    storing.set(directory, saved);
    void saved.then((ok) => ok && mark(MARK.searchStored));
  }
  return index;
}

/**
 * Whether this session stored the directory's index: waits for a preparation under way (starts
 * none), then true once it is stored, false when it was not (none started yet, read from the
 * device, no storage given, or the device refused). For tests and tools.
 */
export async function indexStored(directory: Directory): Promise<boolean> {
  await building.get(directory);
  return (await storing.get(directory)) ?? false;
}

/** Hits for the query, best first, all of them; undefined when the query is blank. */
export function searchWith(index: SearchIndex, directory: Directory, query: string): readonly SearchHit[] | undefined {
  if (query.trim() === '') return undefined;
  return search(index, query, directory.entries.length);
}

/** As searchWith, building the index at once if needed. */
export function searchAll(directory: Directory, query: string): readonly SearchHit[] | undefined {
  return searchWith(indexFor(directory), directory, query);
}

/**
 * The directory's index: reads or builds it (prepareIndex) if nobody has, and draws the component
 * again when the early index of a build arrives and when the complete one is ready. Undefined
 * until the first of them; see `complete` for which one it is.
 */
export function useSearchIndex(directory: Directory | undefined, storage?: AppStorage): SearchIndex | undefined {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const index = directory ? (indexes.get(directory) ?? early.get(directory)) : undefined;
  const complete = index?.complete === true;
  useEffect(() => {
    if (!directory || complete) return;
    let live = true;
    const again = () => live && redraw(undefined);
    let waiting = waitingForEarly.get(directory);
    if (!waiting) waitingForEarly.set(directory, (waiting = new Set()));
    waiting.add(again);
    // An early index that came between the render and now.
    if (!index && early.has(directory)) again();
    void prepareIndex(directory, storage).then(again);
    return () => {
      live = false;
      waiting.delete(again);
    };
  }, [directory, complete, storage]);
  return index;
}
