/**
 * Search for the list: the index is built once per directory (not on the typing path) and each
 * keystroke only queries it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildIndex, search, type SearchHit, type SearchIndex } from '../directory/search';
import type { Directory } from '../directory/types';
import { MARK, mark } from './perf-marks';

const indexes = new WeakMap<Directory, SearchIndex>();

/** The search index of a directory, built on first call and then reused. */
export function indexFor(directory: Directory): SearchIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = buildIndex(directory.entries, directory.region);
    indexes.set(directory, index);
    mark(MARK.searchReady);
  }
  return index;
}

/** Hits for the query, best first, all of them; undefined when the query is blank. */
export function searchAll(directory: Directory, query: string): readonly SearchHit[] | undefined {
  if (query.trim() === '') return undefined;
  return search(indexFor(directory), query, directory.entries.length);
}

/**
 * Hits for the typed query. The index is prepared right after the screen is drawn, so the first
 * keystroke does not wait for it; a query that arrives earlier builds it at once.
 */
export function useSearch(directory: Directory | undefined, query: string): readonly SearchHit[] | undefined {
  useEffect(() => {
    if (!directory || indexes.has(directory)) return;
    const timer = setTimeout(() => indexFor(directory), 0);
    return () => clearTimeout(timer);
  }, [directory]);
  return useMemo(() => (directory ? searchAll(directory, query) : undefined), [directory, query]);
}

/**
 * The typed text once typing pauses for a moment: keys pressed while a search runs are taken
 * together, so an old phone searches for the latest text only and the box never lags.
 */
export function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (settled === text) return;
    const timer = setTimeout(() => setSettled(text), 0);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}
