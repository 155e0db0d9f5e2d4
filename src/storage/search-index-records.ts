/**
 * The search index in IndexedDB as two records, written in two tasks: its postings (two typed
 * arrays, most of its bytes) apart from the rest. At 10,000 entries one record of 4.7 MB took
 * 37–55 ms of the main thread to write at 4× CPU: a long task right after the search was ready.
 * The write now runs in a worker where the browser has one (index-writer.ts), on the page otherwise.
 */
import type { SearchIndex } from '../directory/search-index';
import type { Db } from './schema';
import type { StoredSearchIndex } from './types';

/** Meta key of the index without its postings ({ key, index }); writeDirectory deletes it with the old entries. */
export const SEARCH_INDEX_KEY = 'searchIndex';
/** Meta key of its postings ({ key, postEntry, postWeight }), deleted with it. */
export const SEARCH_POSTINGS_KEY = 'searchIndex.postings';
/**
 * Meta key of the stored index's key alone (a string), written with it and deleted with it: a start
 * can tell in one small read, before it reads the entries, whether an index will have to be built.
 */
export const SEARCH_INDEX_FOR = 'searchIndex.for';

type Postings = Pick<SearchIndex, 'postEntry' | 'postWeight'>;
interface StoredHead {
  readonly key: string;
  readonly index: Omit<SearchIndex, keyof Postings>;
}
interface StoredPostings extends Postings {
  readonly key: string;
}

/** Writes both records in one transaction; the postings are copied in the task after the rest. */
export async function writeSearchIndex(db: Db, stored: StoredSearchIndex): Promise<void> {
  const { postEntry, postWeight, ...index } = stored.index;
  const tx = db.transaction('meta', 'readwrite');
  const meta = tx.objectStore('meta');
  try {
    await meta.put({ key: stored.key, index } satisfies StoredHead, SEARCH_INDEX_KEY);
    // Put from the first put's success event: a task of its own.
    await meta.put({ key: stored.key, postEntry, postWeight } satisfies StoredPostings, SEARCH_POSTINGS_KEY);
    await meta.put(stored.key, SEARCH_INDEX_FOR);
    await tx.done;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw error;
  }
}

/** Reads both records in one transaction; undefined unless both are there and belong together. */
export async function readSearchIndex(db: Db): Promise<StoredSearchIndex | undefined> {
  const tx = db.transaction('meta', 'readonly');
  const meta = tx.objectStore('meta');
  const [head, postings] = (await Promise.all([meta.get(SEARCH_INDEX_KEY), meta.get(SEARCH_POSTINGS_KEY), tx.done])) as [
    StoredHead | undefined,
    StoredPostings | undefined,
    void,
  ];
  // An index stored in one record by an earlier release has no postings record: built again.
  if (!head || !postings || head.key !== postings.key) return undefined;
  return { key: head.key, index: { ...head.index, postEntry: postings.postEntry, postWeight: postings.postWeight } };
}

/** The key of the stored index (SEARCH_INDEX_FOR); undefined when none is stored, or it was stored by a release that did not keep the key apart. */
export async function readSearchIndexKey(db: Db): Promise<string | undefined> {
  const key: unknown = await db.get('meta', SEARCH_INDEX_FOR);
  return typeof key === 'string' ? key : undefined;
}
