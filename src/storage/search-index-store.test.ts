import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { buildIndex, search } from '../directory/search';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { openAppStorage } from './idb';
import { memoryStorage } from './memory';
import { DB_NAME } from './schema';

afterEach(async () => {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
});

/** The sample directory with generated entries as heavy as real ones after its own. */
function directory(version = '2026-11-22T00:00:00Z', extra = 120): Directory {
  const base = sampleDirectory();
  return { ...base, version, entries: [...base.entries, ...generateEntries(extra, 5)] };
}

const QUERIES = ['jobcenter', 'Beratung', 'eschwege', 'вітзенгаузен', 'مشاوره', 'kindergarten', 'arzt'];

describe('the search index kept on the device', () => {
  it('comes back from IndexedDB with its typed arrays and strings, and answers as the built one', async () => {
    const dir = directory();
    const built = buildIndex(dir.entries, dir.region);
    const storage = await openAppStorage();
    await storage.saveDirectory(dir);
    await storage.saveSearchIndex({ key: 'k1', index: built });

    // Another opening: nothing is shared with the first but the database.
    const stored = await (await openAppStorage()).loadSearchIndex();
    expect(stored?.key).toBe('k1');
    const index = stored!.index;
    // Fewer than 65,536 entries: their positions are kept in 16 bits.
    expect(index.postEntry).toBeInstanceOf(Uint16Array);
    expect(index.nameStart).toBeInstanceOf(Uint32Array);
    expect(index.nameWords).toBeInstanceOf(Uint32Array);
    expect(index.postWeight).toBeInstanceOf(Uint8Array);
    expect(index.nameLength).toBeInstanceOf(Uint16Array);
    expect(index).toEqual(built);
    // Compared with an index built again from the entries, not with the stored object itself.
    const fresh = buildIndex(dir.entries, dir.region);
    const hits = QUERIES.map((q) => search(index, q, dir.entries.length));
    expect(hits).toEqual(QUERIES.map((q) => search(fresh, q, dir.entries.length)));
    expect(hits.flat().length).toBeGreaterThan(0);
  });

  it('is deleted when the directory is replaced, with its key kept apart, in IndexedDB and in memory', async () => {
    for (const storage of [await openAppStorage(), memoryStorage()]) {
      const first = directory('2026-01-01T00:00:00Z');
      await storage.saveDirectory(first);
      expect(await storage.loadSearchIndexKey()).toBeUndefined();
      await storage.saveSearchIndex({ key: 'k1', index: buildIndex(first.entries, first.region) });
      expect((await storage.loadSearchIndex())?.key).toBe('k1');
      expect(await storage.loadSearchIndexKey()).toBe('k1');
      await storage.saveDirectory(directory('2026-02-01T00:00:00Z', 10));
      expect(await storage.loadSearchIndex()).toBeUndefined();
      expect(await storage.loadSearchIndexKey()).toBeUndefined();
      expect((await storage.loadDirectory())?.version).toBe('2026-02-01T00:00:00Z');
    }
  });

  it('stays when a new directory cannot be stored, with the old entries it belongs to', async () => {
    const storage = await openAppStorage();
    const first = directory('2026-01-01T00:00:00Z');
    await storage.saveDirectory(first);
    await storage.saveSearchIndex({ key: 'k1', index: buildIndex(first.entries, first.region) });
    // A value IndexedDB cannot clone (a function) aborts the whole swap.
    const poisoned = { ...directory('2026-02-01T00:00:00Z', 5), bad: () => 1 } as unknown as Directory;
    await expect(storage.saveDirectory(poisoned)).rejects.toThrow();
    expect((await storage.loadDirectory())?.version).toBe('2026-01-01T00:00:00Z');
    expect((await storage.loadSearchIndex())?.key).toBe('k1');
  });

  it('is two records, and reads as none unless both are there for the same key', async () => {
    const dir = directory();
    const built = buildIndex(dir.entries, dir.region);
    await (await openAppStorage()).saveSearchIndex({ key: 'k1', index: built });
    const db = await openDB(DB_NAME);
    const head = (await db.get('meta', 'searchIndex')) as { key: string; index: Record<string, unknown> };
    const postings = (await db.get('meta', 'searchIndex.postings')) as { key: string; postEntry: unknown; postWeight: unknown };
    expect(head.key).toBe('k1');
    expect(Object.keys(head.index)).not.toContain('postEntry');
    expect(postings).toEqual({ key: 'k1', postEntry: built.postEntry, postWeight: built.postWeight });

    // Postings of another index: none.
    await db.put('meta', { ...postings, key: 'k0' }, 'searchIndex.postings');
    expect(await (await openAppStorage()).loadSearchIndex()).toBeUndefined();
    // An index in one record, as an earlier release stored it, without a postings record: none.
    await db.delete('meta', 'searchIndex.postings');
    await db.put('meta', { key: 'k1', index: built }, 'searchIndex');
    expect(await (await openAppStorage()).loadSearchIndex()).toBeUndefined();
    db.close();
  });

  it('goes with "delete all"', async () => {
    const storage = await openAppStorage();
    const dir = directory();
    await storage.saveDirectory(dir);
    await storage.saveSearchIndex({ key: 'k1', index: buildIndex(dir.entries, dir.region) });
    await storage.clearAll();
    expect(await (await openAppStorage()).loadSearchIndex()).toBeUndefined();
    expect(await (await openAppStorage()).loadSearchIndexKey()).toBeUndefined();
  });
});
