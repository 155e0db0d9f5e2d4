import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { buildIndex, search } from '../directory/search';
import { indexSteps } from '../directory/search-index';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { memoryStorage } from '../storage/memory';
import { StorageError, type AppStorage } from '../storage';
import { indexStored, prepareIndex } from './use-search';

// Counts the builds: every build of the app's search index runs these steps.
vi.mock('../directory/search-index', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../directory/search-index')>();
  return { ...actual, indexSteps: vi.fn(actual.indexSteps) };
});
const builds = () => vi.mocked(indexSteps).mock.calls.length;

beforeEach(() => vi.mocked(indexSteps).mockClear());

function directory(version = '2026-11-22T00:00:00Z'): Directory {
  const base = sampleDirectory();
  return { ...base, version, entries: [...base.entries, ...generateEntries(80, 9)] };
}

/** The same data as a later start reads it from the device: equal content, a new object. */
const nextStart = (d: Directory): Directory => structuredClone(d);

const QUERIES = ['jobcenter', 'beratung', 'eschwege', 'arzt'];
/** Results with `index`, next to those of an index built straight from the entries. */
function answers(index: Parameters<typeof search>[0], d: Directory) {
  const built = buildIndex(d.entries, d.region);
  return { got: QUERIES.map((q) => search(index, q, d.entries.length)), expected: QUERIES.map((q) => search(built, q, d.entries.length)) };
}

/** The key the app stores its index under, as its three parts say (not taken from the code under test). */
const keyOf = (d: Directory) => `${__SEARCH_BUILD__}|${d.version}|${d.asOf}|${d.entries.length}`;

describe('prepareIndex with the device store', () => {
  it('builds and stores the index when none is stored, and the next start reads it without building', async () => {
    const storage = memoryStorage();
    const first = directory();
    await storage.saveDirectory(first);
    await prepareIndex(first, storage);
    expect(builds()).toBe(1);
    expect(await indexStored(first)).toBe(true);
    expect((await storage.loadSearchIndex())?.key).toBe(keyOf(first));

    const second = nextStart(first);
    const index = await prepareIndex(second, storage);
    expect(builds()).toBe(1);
    expect(await indexStored(second)).toBe(false);
    const { got, expected } = answers(index, second);
    expect(got).toEqual(expected);
    expect(got.flat().length).toBeGreaterThan(0);
  });

  it('builds again when the stored index was made by other code or for other data', async () => {
    const storage = memoryStorage();
    const d = directory();
    const stale = buildIndex(d.entries, d.region);
    for (const key of [keyOf(d).replace(__SEARCH_BUILD__, 'older-code'), keyOf(directory('2026-10-01T00:00:00Z'))]) {
      vi.mocked(indexSteps).mockClear();
      await storage.saveSearchIndex({ key, index: stale });
      const dir = nextStart(d);
      await prepareIndex(dir, storage);
      expect(builds(), key).toBe(1);
      expect(await indexStored(dir)).toBe(true);
      expect((await storage.loadSearchIndex())?.key).toBe(keyOf(d));
    }
  });

  it('builds again when the stored ids are not the entries in their order', async () => {
    const storage = memoryStorage();
    const d = directory();
    // Same version, date and count, but two entries swapped: the postings would point at the wrong ones.
    const [a, b, ...rest] = d.entries;
    const swapped = { ...d, entries: [b!, a!, ...rest] };
    await storage.saveSearchIndex({ key: keyOf(d), index: buildIndex(swapped.entries, swapped.region) });
    const index = await prepareIndex(d, storage);
    expect(builds()).toBe(1);
    expect(index.ids).toEqual(d.entries.map((e) => e.id));
    const { got, expected } = answers(index, d);
    expect(got).toEqual(expected);
  });

  it('answers without a stored copy when the device is full, and says nothing', async () => {
    const memory = memoryStorage();
    const full: AppStorage = {
      ...memory,
      loadSearchIndex: () => Promise.reject(new StorageError('unavailable')),
      saveSearchIndex: () => Promise.reject(new StorageError('quota')),
    };
    const d = directory();
    const index = await prepareIndex(d, full);
    expect(builds()).toBe(1);
    expect(await indexStored(d)).toBe(false);
    const { got, expected } = answers(index, d);
    expect(got).toEqual(expected);
  });

  it('without a store builds once and stores nothing', async () => {
    const d = directory();
    await Promise.all([prepareIndex(d), prepareIndex(d)]);
    expect(builds()).toBe(1);
    expect(await indexStored(d)).toBe(false);
  });
});

describe('prepareIndex where the browser has workers', () => {
  it('builds on the page when the worker cannot start, and answers as an index built straight from the entries', async () => {
    let started = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started++;
          throw new TypeError('no module workers here');
        }
      },
    );
    try {
      const d = directory();
      const index = await prepareIndex(d, memoryStorage());
      expect([started, builds()]).toEqual([1, 1]);
      const { got, expected } = answers(index, d);
      expect(got).toEqual(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
