/**
 * The search index in IndexedDB as several records, each written in a task of its own: its
 * words apart from the rest, and its postings (two typed arrays, most of its bytes) in slices.
 * Copying a value into IndexedDB is a task on the main thread; at 10,000 entries, at 4× CPU on a
 * slow machine (a traced run), the index without its postings took 84 ms and the postings in one
 * record 213 ms: long tasks right after the search was ready, while the user may be typing.
 */
import type { SearchIndex } from '../directory/search-index';
import type { Db } from './schema';
import type { StoredSearchIndex } from './types';

/** Meta key of the index's head: { key, parts, index } without words, skeletons and postings. */
export const SEARCH_INDEX_KEY = 'searchIndex';
/** Meta key of its words and skeletons ({ key, words, skeletons }), each list as one text. */
const WORDS_KEY = 'searchIndex.words';
/** Meta key of the postings' slice i ({ key, postEntry, postWeight }). */
const postingsKey = (i: number) => `searchIndex.postings.${i}`;
/** Every record of a stored index (and of the layouts of earlier releases), to delete them together. */
export function searchIndexKeys(): IDBKeyRange {
  return IDBKeyRange.bound(SEARCH_INDEX_KEY, `${SEARCH_INDEX_KEY}\uffff`);
}

/** Postings per record: some 20 ms of copying each at 4× CPU on that machine. */
export const POSTINGS_PER_RECORD = 1 << 17;

type Postings = Pick<SearchIndex, 'postEntry' | 'postWeight'>;
type Words = Pick<SearchIndex, 'words' | 'skeletons'>;
interface StoredHead {
  readonly key: string;
  /** How many postings records follow. */
  readonly parts: number;
  readonly index: Omit<SearchIndex, keyof Postings | keyof Words>;
}
// Each list as one text, a line per word (words are letters and digits only): copying some
// 20,000 short strings one by one made this record a long task of its own.
interface StoredWords {
  readonly key: string;
  readonly words: string;
  readonly skeletons: string;
}
interface StoredPostings extends Postings {
  readonly key: string;
}

/** Writes all records in one transaction, each put from the success of the one before: a task each. */
export async function writeSearchIndex(db: Db, stored: StoredSearchIndex): Promise<void> {
  const { postEntry, postWeight, words, skeletons, ...index } = stored.index;
  const { key } = stored;
  const parts = Math.ceil(postEntry.length / POSTINGS_PER_RECORD);
  const tx = db.transaction('meta', 'readwrite');
  const meta = tx.objectStore('meta');
  try {
    // An index stored before in more slices leaves none behind.
    await meta.delete(searchIndexKeys());
    await meta.put({ key, parts, index } satisfies StoredHead, SEARCH_INDEX_KEY);
    await meta.put({ key, words: words.join('\n'), skeletons: skeletons.join('\n') } satisfies StoredWords, WORDS_KEY);
    for (let i = 0; i < parts; i++) {
      const from = i * POSTINGS_PER_RECORD;
      const to = from + POSTINGS_PER_RECORD;
      // Copies: a view (subarray) would be stored with the whole array behind it.
      const slice = { key, postEntry: postEntry.slice(from, to), postWeight: postWeight.slice(from, to) };
      await meta.put(slice satisfies StoredPostings, postingsKey(i));
    }
    await tx.done;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw error;
  }
}

/** Reads all records in one transaction; undefined unless all are there and belong together. */
export async function readSearchIndex(db: Db): Promise<StoredSearchIndex | undefined> {
  const tx = db.transaction('meta', 'readonly');
  const meta = tx.objectStore('meta');
  const done = tx.done.catch(() => undefined);
  const [head, words] = (await Promise.all([meta.get(SEARCH_INDEX_KEY), meta.get(WORDS_KEY)])) as [StoredHead | undefined, StoredWords | undefined];
  // An index stored by an earlier release (one record, or its postings in one) has no parts: built again.
  if (!head || typeof head.parts !== 'number' || typeof words?.words !== 'string' || words.key !== head.key) {
    await done;
    return undefined;
  }
  const slices = (await Promise.all(Array.from({ length: head.parts }, (_, i) => meta.get(postingsKey(i))))) as (StoredPostings | undefined)[];
  await tx.done;
  if (slices.some((s) => !s || s.key !== head.key)) return undefined;
  const lists = { words: lines(words.words), skeletons: lines(words.skeletons) };
  return { key: head.key, index: { ...head.index, ...lists, ...joined(slices as StoredPostings[]) } };
}

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

// One pair of typed arrays from the slices, of the type the first slice has (16 or 32 bits per entry position).
function joined(slices: readonly StoredPostings[]): Postings {
  const length = slices.reduce((n, s) => n + s.postEntry.length, 0);
  const first = slices[0]?.postEntry;
  const postEntry = first instanceof Uint32Array ? new Uint32Array(length) : new Uint16Array(length);
  const postWeight = new Uint8Array(length);
  let at = 0;
  for (const s of slices) {
    postEntry.set(s.postEntry, at);
    postWeight.set(s.postWeight, at);
    at += s.postEntry.length;
  }
  return { postEntry, postWeight };
}
