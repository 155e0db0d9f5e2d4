import { summarize, type DirectorySummary } from '../directory/summary';
import type { Directory, Entry, Region } from '../directory/types';
import type { Db } from './schema';
import type { ChunkListener } from './types';
import { SEARCH_INDEX_FOR, SEARCH_INDEX_KEY, SEARCH_POSTINGS_KEY } from './search-index-records';

/**
 * Entries per stored record. Reading 10,000 heavy entries in Chromium (a cold browser on a disk
 * profile, median of 6): one record per entry 398 ms, chunks of 500 entries 180 ms, the same
 * chunks as JSON strings parsed with JSON.parse 232 ms. IndexedDB pays per record, so few large
 * records read fastest; 500 keeps one record at about 1.2 MB.
 */
export const CHUNK_SIZE = 500;

/** The directory's head as stored: format, version, asOf (region and entries are stored apart). */
export type StoredHead = Omit<Directory, 'region' | 'entries'>;

/** The entries in runs of CHUNK_SIZE, in their order. */
export function chunked(entries: readonly Entry[]): Entry[][] {
  const chunks: Entry[][] = [];
  for (let i = 0; i < entries.length; i += CHUNK_SIZE) chunks.push(entries.slice(i, i + CHUNK_SIZE));
  return chunks;
}

/**
 * Reads the whole directory: head, region and every chunk (in key order, which is the data's).
 * One get per chunk, not one getAll: a value is turned back into objects when its request
 * succeeds, and 10,000 entries in one piece held the main thread for 0.3–0.5 s at 4× CPU (a tap
 * in that time waited); one chunk at a time takes a few milliseconds per task. `onChunk` hears each
 * chunk as it is read, in order, with the region (read before them).
 */
export async function readDirectory(db: Db, onChunk?: ChunkListener): Promise<Directory | undefined> {
  const tx = db.transaction(['meta', 'chunks', 'region'], 'readonly');
  const store = tx.objectStore('chunks');
  const regionRead = tx.objectStore('region').get('current') as Promise<Region | undefined>;
  const hear = (chunk: Entry[] | undefined, region: Region | undefined) => {
    if (!chunk || !region || !onChunk) return;
    try {
      onChunk(chunk, region);
    } catch {
      // The listener's failure is not the read's: the directory is still returned.
    }
  };
  const [head, region, chunks] = await Promise.all([
    tx.objectStore('meta').get('directory') as Promise<StoredHead | undefined>,
    regionRead,
    // The region's request was made first, so it has its answer before any chunk.
    Promise.all([store.getAllKeys(), regionRead]).then(([keys, r]) => Promise.all(keys.map((key) => store.get(key).then((chunk) => (hear(chunk, r), chunk))))),
  ]);
  const entries = chunks.flatMap((chunk) => chunk ?? []);
  if (!head || !region || entries.length === 0) return undefined;
  return { ...head, region, entries };
}

/** Reads what the first screen needs (see DirectorySummary): one small record. */
export async function readSummary(db: Db): Promise<DirectorySummary | undefined> {
  return (await db.get('meta', 'summary')) as DirectorySummary | undefined;
}

/**
 * Replaces the directory and its summary in one transaction: all of it, or nothing. A write that
 * throws at once (a value that cannot be stored) aborts the transaction, so the old data stays.
 * The stored search index is deleted in the same transaction: it never outlives its entries.
 */
export async function writeDirectory(db: Db, directory: Directory): Promise<void> {
  const { region, entries, ...head } = directory;
  const tx = db.transaction(['meta', 'chunks', 'region'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const store = tx.objectStore('chunks');
    writes.push(store.clear());
    chunked(entries).forEach((chunk, i) => writes.push(store.put(chunk, i)));
    writes.push(tx.objectStore('region').put(region, 'current'));
    writes.push(tx.objectStore('meta').put(head satisfies StoredHead, 'directory'));
    writes.push(tx.objectStore('meta').put(summarize(directory), 'summary'));
    for (const key of [SEARCH_INDEX_KEY, SEARCH_POSTINGS_KEY, SEARCH_INDEX_FOR]) writes.push(tx.objectStore('meta').delete(key));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    writes.forEach((w) => w.catch(() => undefined));
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** The entries in a stored order; any the order does not name (never expected) follow by id. */
export function inOrder(entries: Entry[], order: readonly string[] | undefined): Entry[] {
  const position = new Map((order ?? []).map((id, i) => [id, i]));
  const at = (e: Entry) => position.get(e.id) ?? Number.MAX_SAFE_INTEGER;
  return entries.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
