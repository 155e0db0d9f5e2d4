/**
 * The search index kept on the device: building it for 10,000 entries takes more than a second
 * on an old phone, reading it back a few tens of milliseconds. The key says which entries and
 * which code built it, so an index is only ever used for the entries it was built from.
 */
import type { SearchIndex } from '../directory/search-index';
import type { DirectorySummary } from '../directory/summary';
import type { Directory } from '../directory/types';
import type { AppStorage } from '../storage';

/** The stored index's key: the code that builds indexes (a hash set at build time) and the directory's version, date and size. */
export function searchIndexKey(directory: Directory): string {
  return [__SEARCH_BUILD__, directory.version, directory.asOf, directory.entries.length].join('|');
}

/**
 * False when a stored index with this key (loadSearchIndexKey) cannot be the one for the directory
 * the summary describes: another code or another version built it, or none is kept. Told before the
 * entries are read, so the index can be built while they are (use-search.ts). The key was kept
 * apart from the index since the release that made this check, whose search code differs from
 * every release before: an index stored by one of those never fits, and its missing key says so.
 */
export function mayFit(key: string | undefined, summary: DirectorySummary): boolean {
  return key?.startsWith(`${__SEARCH_BUILD__}|${summary.version}|`) ?? false;
}

/** True when the index lists exactly the directory's entries, in their order (its postings point at positions). */
export function indexMatches(index: SearchIndex, directory: Directory): boolean {
  const { entries } = directory;
  if (index.ids.length !== entries.length) return false;
  for (let i = 0; i < entries.length; i++) if (index.ids[i] !== entries[i]?.id) return false;
  return true;
}

/** The stored index when it fits the directory; undefined when none is stored, it fits not, or reading failed. */
export async function readStoredIndex(storage: AppStorage, directory: Directory): Promise<SearchIndex | undefined> {
  const stored = await storage.loadSearchIndex().catch(() => undefined);
  if (!stored || stored.key !== searchIndexKey(directory) || !indexMatches(stored.index, directory)) return undefined;
  return stored.index;
}

/**
 * Keeps the index for the next start. False when the device refused (full, or IndexedDB gone):
 * not the user's problem, the search works and the next start builds the index again.
 */
export function storeIndex(storage: AppStorage, directory: Directory, index: SearchIndex): Promise<boolean> {
  return storage.saveSearchIndex({ key: searchIndexKey(directory), index }).then(
    () => true,
    () => false,
  );
}
