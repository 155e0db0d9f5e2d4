/**
 * Search for the list: the index is built once per directory, in time slices (slices.ts) right
 * after the start, so it is usually ready before the search opens; each keystroke only queries it.
 */
import { useEffect, useReducer } from 'preact/hooks';
import { buildIndex, search, type SearchHit, type SearchIndex } from '../directory/search';
import { indexSteps } from '../directory/search-index';
import type { Directory } from '../directory/types';
import { MARK, mark } from './perf-marks';
import { runInSlices } from './slices';

const indexes = new WeakMap<Directory, SearchIndex>();
const building = new WeakMap<Directory, Promise<SearchIndex>>();

function keep(directory: Directory, index: SearchIndex): SearchIndex {
  indexes.set(directory, index);
  mark(MARK.searchReady);
  return index;
}

/** The search index of a directory, built at once on first call (tests, tools) and then reused. */
export function indexFor(directory: Directory): SearchIndex {
  return indexes.get(directory) ?? keep(directory, buildIndex(directory.entries, directory.region));
}

/** Builds the directory's index in time slices (once; later calls share the build). */
export function prepareIndex(directory: Directory): Promise<SearchIndex> {
  const ready = indexes.get(directory);
  if (ready) return Promise.resolve(ready);
  let build = building.get(directory);
  if (!build) {
    build = runInSlices(indexSteps(directory.entries, directory.region)).then((index) => {
      building.delete(directory);
      return indexes.get(directory) ?? keep(directory, index);
    });
    building.set(directory, build);
  }
  return build;
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
 * The directory's index once it is ready: starts the sliced build if nobody has, and draws the
 * component again when it is done (undefined until then).
 */
export function useSearchIndex(directory: Directory | undefined): SearchIndex | undefined {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const index = directory ? indexes.get(directory) : undefined;
  useEffect(() => {
    if (!directory || index) return;
    let live = true;
    void prepareIndex(directory).then(() => live && redraw(undefined));
    return () => {
      live = false;
    };
  }, [directory, index]);
  return index;
}
