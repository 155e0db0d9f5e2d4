import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { buildIndex, search } from '../directory/search';
import { indexSteps } from '../directory/search-index';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { memoryStorage } from '../storage/memory';
import { StorageError, type AppStorage } from '../storage';
import { freshLog, inProcessWorker } from '../directory/index-worker.samples';
import { summarize } from '../directory/summary';
import { indexWhileReading, takeBuildBegun, WORKER_WAIT_MS } from './index-while-reading';
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

describe('indexWhileReading: the index built from the entries as they are read', () => {
  const log = freshLog();
  beforeEach(() => {
    Object.assign(log, freshLog());
    vi.stubGlobal('Worker', inProcessWorker(log));
  });
  afterEach(() => vi.unstubAllGlobals());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  /**
   * Reads `d` as a start does (start-data.ts): once the read may begin, the stored entries in
   * chunks; then the directory as the read returns it (a new object and array of the same entries).
   */
  async function read(storage: AppStorage, d: Directory, per = 40) {
    const reading = indexWhileReading(storage, summarize(d));
    const chunks = Array.from({ length: Math.ceil(d.entries.length / per) }, (_, k) => d.entries.slice(k * per, (k + 1) * per));
    await reading.readable;
    chunks.forEach((chunk) => reading.onChunk(chunk, d.region));
    const dir: Directory = { ...d, entries: [...d.entries] };
    reading.read(dir);
    return { dir, chunks: chunks.length };
  }

  it('when no stored index can fit, sends each chunk as it comes, and the search takes that build over: one worker, no stored index read, the same answers', async () => {
    const storage = memoryStorage();
    const d = directory();
    await storage.saveDirectory(d);
    const loadSearchIndex = vi.spyOn(storage, 'loadSearchIndex');
    const { dir, chunks } = await read(storage, d);
    // All sent while reading, before the read was over.
    expect(log.events).toEqual(['start', ...Array<string>(chunks).fill('entries')]);
    // Two screens ask for the index at once: one build, the one begun while reading.
    const [index, again] = await Promise.all([prepareIndex(dir, storage), prepareIndex(dir, storage)]);
    expect(again).toBe(index);
    expect(log.started).toBe(1);
    expect(log.events.slice(0, chunks + 2)).toEqual(['start', ...Array<string>(chunks).fill('entries'), 'read']);
    expect(loadSearchIndex).not.toHaveBeenCalled();
    // The page's own build (indexSteps) never ran.
    expect(builds()).toBe(0);
    const { got, expected } = answers(index, dir);
    expect(got).toEqual(expected);
    expect(got.flat().length).toBeGreaterThan(0);
    expect(await indexStored(dir)).toBe(true);
    expect(await storage.loadSearchIndexKey()).toBe(keyOf(dir));
  });

  it('starts nothing when the stored index may fit (same code, same version), and the search reads it', async () => {
    const storage = memoryStorage();
    const d = directory();
    await storage.saveDirectory(d);
    await storage.saveSearchIndex({ key: keyOf(d), index: buildIndex(d.entries, d.region) });
    const { dir } = await read(storage, d);
    expect(takeBuildBegun(dir)).toBeUndefined();
    expect(log.started).toBe(0);
    await prepareIndex(dir, storage);
    expect([log.started, builds()]).toEqual([0, 0]);
  });

  it('builds while reading when the stored index is for other code or another version', async () => {
    const d = directory();
    for (const key of [keyOf(d).replace(__SEARCH_BUILD__, 'older-code'), keyOf(directory('2026-10-01T00:00:00Z'))]) {
      const storage = memoryStorage();
      vi.spyOn(storage, 'loadSearchIndexKey').mockResolvedValue(key);
      const { dir } = await read(storage, d);
      const begun = takeBuildBegun(dir);
      expect(begun, key).toBeDefined();
      begun?.cancel();
    }
  });

  it('ends its worker when the directory read is not the one it was fed (the bundled file came instead), and the search builds for that one', async () => {
    const storage = memoryStorage();
    const d = directory();
    const reading = indexWhileReading(storage, summarize(d));
    await settle();
    reading.onChunk(d.entries.slice(0, 40), d.region);
    const bundled = nextStart(d);
    reading.read(bundled);
    expect(takeBuildBegun(bundled)).toBeUndefined();
    expect(log.terminated).toBe(1);
    const index = await prepareIndex(bundled, storage);
    expect(log.started).toBe(2);
    expect(answers(index, bundled).got).toEqual(answers(index, bundled).expected);
    // Nothing read at all.
    const none = indexWhileReading(storage, summarize(d));
    await settle();
    none.onChunk(d.entries.slice(0, 40), d.region);
    none.read(undefined);
    expect(log.terminated).toBe(3);
  });

  it('asks for the worker as soon as the key says to build, before any chunk (its thread takes a while to start), and ends it when no chunk came', async () => {
    const storage = memoryStorage();
    const d = directory();
    await storage.saveDirectory(d);
    const reading = indexWhileReading(storage, summarize(d));
    expect(log.started).toBe(0);
    await settle();
    expect([log.started, log.events]).toEqual([1, []]);
    reading.read(undefined);
    expect(log.terminated).toBe(1);
    expect(log.events).toEqual([]);
  });

  it('lets the entries be read once its worker said it runs on a start that builds, and once the key answered on one that does not', async () => {
    const storage = memoryStorage();
    const d = directory();
    await storage.saveDirectory(d);
    const building = indexWhileReading(storage, summarize(d));
    await building.readable;
    expect([log.started, log.readied]).toEqual([1, 1]);
    building.read(undefined);
    await storage.saveSearchIndex({ key: keyOf(d), index: buildIndex(d.entries, d.region) });
    const loadKey = vi.spyOn(storage, 'loadSearchIndexKey');
    const reading = indexWhileReading(storage, summarize(d));
    await reading.readable;
    expect(await loadKey.mock.results[0]?.value).toBe(keyOf(d));
    expect(log.started).toBe(1);
  });

  it('holds the read at most WORKER_WAIT_MS for a worker that does not say it runs, and the build still takes the chunks', async () => {
    vi.useFakeTimers();
    try {
      log.mode = 'quiet';
      const storage = memoryStorage();
      const d = directory();
      await storage.saveDirectory(d);
      const reading = indexWhileReading(storage, summarize(d));
      let readable = false;
      void reading.readable.then(() => (readable = true));
      await vi.advanceTimersByTimeAsync(WORKER_WAIT_MS - 1);
      expect([readable, log.started]).toEqual([false, 1]);
      await vi.advanceTimersByTimeAsync(1);
      expect(readable).toBe(true);
      reading.onChunk(d.entries, d.region);
      expect(log.events).toEqual(['start', 'entries']);
      reading.read({ ...d, entries: [...d.entries] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks for nothing when the read was over before the key came: the search reads or builds after it, as before', async () => {
    const storage = memoryStorage();
    const d = directory();
    const reading = indexWhileReading(storage, summarize(d));
    reading.onChunk(d.entries, d.region);
    reading.read(d);
    expect(takeBuildBegun(d)).toBeUndefined();
    await settle();
    expect(log.started).toBe(0);
  });

  it('falls back to the page when the worker fails, with the same answers', async () => {
    log.mode = 'error';
    const storage = memoryStorage();
    const d = directory();
    const { dir } = await read(storage, d);
    const index = await prepareIndex(dir, storage);
    expect(builds()).toBe(1);
    const { got, expected } = answers(index, dir);
    expect(got).toEqual(expected);
  });
});
