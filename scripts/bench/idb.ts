/**
 * IndexedDB benchmark in Chromium, on the production build served on 127.0.0.1, in a fresh
 * on-disk profile:
 * 1. the app starts once (it stores the bundled directory), then the benchmark directory (10,000
 *    entries: the shipped ones and generated ones as heavy as real ones, see seed.ts) is written
 *    through the app's own storage code (src/storage, bundled for the page:
 *    openAppStorage().saveDirectory()), which replaces the directory in one transaction;
 * 2. Chromium is closed and started again on the same profile, and the app's own start-up read of
 *    the entries is timed inside the page: from the first readonly transaction over the store that
 *    holds them ('entries', one record per entry; or 'chunks', 500 entries per record) to the
 *    success of the getAll on that store, or of the last get of a chunk (values deserialized);
 * 3. in the same page, `loadDirectory()` is called again a few times (warm: the data was just read);
 * 4. the search index the app stored at the first start (the warm-up) is read back at each later
 *    start: timed from the get of its meta record to the success of that get (value deserialized).
 * Run alone: npx tsx scripts/bench/idb.ts --dist dist
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { Directory } from '../../src/directory/types';
import { distFromArgs, freshProfile, serve } from './browser';
import { quantile, round1 } from './report';
import { BENCH_ENTRIES, benchDirectory, seedDirectory, storageBundle, type StorageGlobals } from './seed';
import type { BenchRow } from './types';

/** Entries written and read back. */
export const IDB_ENTRIES = BENCH_ENTRIES;
/** Start-up read target for 10,000 entries. */
export const IDB_GOAL_MS = 300;
const WRITE_RUNS = 3;
const COLD_RUNS = 5;
const WARM_RUNS_PER_START = 3;

/** What the page exposes: the storage bundle and the instrumented start-up read. */
interface PageGlobals extends StorageGlobals {
  __idbRead?: { start: number; got?: number; count?: number; openStart?: number; opened?: number };
  /** The start-up read of the stored search index, and how many entry ids it holds. */
  __indexRead?: { start: number; got?: number; ids?: number };
  /** The app's mark that the index it built is stored (src/finder/perf-marks.ts). */
  __indexStored?: boolean;
}

/**
 * Runs in the page before the app: notes when the database is opened and when the app's first
 * readonly transaction over the store of the entries starts and the getAll on that store succeeds.
 * Both layouts are recognised, so one script measures the build before and after a change.
 */
function instrumentStartupRead(): void {
  const w = window as unknown as PageGlobals;
  const stores = ['entries', 'chunks'];
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const started = performance.now();
    const request = open.apply(this, args);
    request.addEventListener('success', () => {
      w.__idbRead = { ...(w.__idbRead ?? { start: Number.NaN }), openStart: started, opened: performance.now() };
    });
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args);
    const names = typeof args[0] === 'string' ? [args[0]] : Array.from(args[0]);
    if (args[1] !== 'readwrite' && names.some((n) => stores.includes(n)) && !Number.isFinite(w.__idbRead?.start)) {
      w.__idbRead = { ...w.__idbRead, start: performance.now() };
    }
    return tx;
  };
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
    const request = getAll.apply(this, args);
    const read = w.__idbRead;
    if (stores.includes(this.name) && read && read.got === undefined) {
      request.addEventListener('success', () => {
        const values = request.result as unknown[];
        read.count = this.name === 'chunks' ? (values as unknown[][]).reduce((n, c) => n + c.length, 0) : values.length;
        read.got = performance.now();
      });
    }
    return request;
  };
  // Chunk by chunk (getAllKeys, then one get per chunk): read once the last chunk is.
  let chunksLeft: number | undefined;
  const getAllKeys = IDBObjectStore.prototype.getAllKeys;
  IDBObjectStore.prototype.getAllKeys = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAllKeys']>) {
    const request = getAllKeys.apply(this, args);
    if (this.name === 'chunks' && w.__idbRead && chunksLeft === undefined) {
      request.addEventListener('success', () => (chunksLeft = request.result.length));
    }
    return request;
  };
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
    const request = get.apply(this, args);
    const chunks = w.__idbRead;
    if (this.name === 'chunks' && chunks && chunks.got === undefined && chunksLeft !== undefined) {
      request.addEventListener('success', () => {
        chunks.count = (chunks.count ?? 0) + ((request.result as unknown[] | undefined)?.length ?? 0);
        chunksLeft = (chunksLeft ?? 1) - 1;
        if (chunksLeft === 0) chunks.got = performance.now();
      });
    }
    if (this.name === 'meta' && args[0] === 'searchIndex' && !w.__indexRead) {
      const read: NonNullable<PageGlobals['__indexRead']> = { start: performance.now() };
      w.__indexRead = read;
      request.addEventListener('success', () => {
        // The result first: its value may be deserialized only when it is asked for.
        read.ids = (request.result as { index?: { ids?: unknown[] } } | undefined)?.index?.ids?.length ?? 0;
      });
    }
    return request;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'wegweiser:search-stored') w.__indexStored = true;
      // The index is two records (src/storage/search-index-records.ts), put together after they
      // are read and checked against the entries: read once the search is ready with it.
      if (e.name === 'wegweiser:search-ready' && w.__indexRead && w.__indexRead.got === undefined) w.__indexRead.got = e.startTime;
    }
  }).observe({ type: 'mark' });
}

async function addStorage(page: Page, bundle: string): Promise<void> {
  await page.addScriptTag({ content: bundle });
}

/** Timed loadDirectory() calls in a page where the app has started; throws unless all entries come back. */
async function warmReads(page: Page, bundle: string): Promise<number[]> {
  await addStorage(page, bundle);
  return page.evaluate(
    async ({ runs, expected }) => {
      const storage = await (window as unknown as PageGlobals).WegweiserStorage.openAppStorage();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const directory = await storage.loadDirectory();
        times.push(performance.now() - start);
        if (directory?.entries.length !== expected) throw new Error(`read ${directory?.entries.length ?? 0} entries`);
      }
      return times;
    },
    { runs: WARM_RUNS_PER_START, expected: IDB_ENTRIES },
  );
}

/** The IndexedDB rows: write, open, start-up read (cold browser) and warm read of 10,000 entries. */
export async function idbBench(dist: string): Promise<BenchRow[]> {
  const bundle = await storageBundle();
  const shipped = JSON.parse(readFileSync(join(dist, 'data/directory.json'), 'utf8')) as Directory;
  const directory = benchDirectory(shipped);
  const served = await serve(dist);
  const profile = freshProfile({ bypassCSP: true });
  try {
    let context = await profile.open();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${served.url}?lang=de`);
    await page.locator('.tiles a').first().waitFor();
    const writes = await seedDirectory(page, bundle, directory, WRITE_RUNS);
    await context.close();

    const opens: number[] = [];
    const reads: number[] = [];
    const warm: number[] = [];
    const indexReads: number[] = [];
    // Start 0 is a warm-up (the first start after the writes may still tidy up its files); it also
    // builds the search index of the new entries and stores it, which the later starts read.
    for (let run = 0; run <= COLD_RUNS; run++) {
      context = await profile.open();
      await context.addInitScript(instrumentStartupRead);
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(served.url);
      await page.waitForFunction(() => (window as unknown as PageGlobals).__idbRead?.got !== undefined);
      const read = await page.evaluate(() => (window as unknown as PageGlobals).__idbRead);
      if (!read || read.count !== IDB_ENTRIES || read.got === undefined) {
        throw new Error(`the app read ${read?.count ?? 0} entries at start-up, not ${IDB_ENTRIES}`);
      }
      await page.locator('.tiles a').first().waitFor();
      if (run === 0) await page.waitForFunction(() => (window as unknown as PageGlobals).__indexStored === true, undefined, { timeout: 120_000 });
      if (run > 0) {
        await page.waitForFunction(() => (window as unknown as PageGlobals).__indexRead?.got !== undefined, undefined, { timeout: 120_000 });
        const index = await page.evaluate(() => (window as unknown as PageGlobals).__indexRead);
        if (index?.got === undefined || index.ids !== IDB_ENTRIES) throw new Error(`the stored search index held ${index?.ids ?? 0} entries, not ${IDB_ENTRIES}`);
        indexReads.push(index.got - index.start);
        reads.push(read.got - read.start);
        if (read.opened !== undefined && read.openStart !== undefined) opens.push(read.opened - read.openStart);
        warm.push(...(await warmReads(page, bundle)));
      }
      await context.close();
    }
    const n = IDB_ENTRIES.toLocaleString('en');
    return [
      { name: `IndexedDB: write ${n} entries (saveDirectory), median of ${WRITE_RUNS}`, value: round1(quantile(writes, 0.5)), unit: 'ms' },
      { name: `IndexedDB: open at start-up, median of ${COLD_RUNS}`, value: round1(quantile(opens, 0.5)), unit: 'ms' },
      { name: `IndexedDB: start-up read of ${n} (loadDirectory), median of ${COLD_RUNS}`, value: round1(quantile(reads, 0.5)), unit: 'ms', goal: `≤ ${IDB_GOAL_MS} ms` },
      { name: `IndexedDB: start-up read of ${n}, slowest of ${COLD_RUNS}`, value: round1(Math.max(...reads)), unit: 'ms' },
      { name: `IndexedDB: loadDirectory() again (warm), median of ${warm.length}`, value: round1(quantile(warm, 0.5)), unit: 'ms' },
      { name: `IndexedDB: start-up read of the stored search index of ${n} until the search is ready with it (loadSearchIndex and its checks), median of ${COLD_RUNS}`, value: round1(quantile(indexReads, 0.5)), unit: 'ms' },
    ];
  } finally {
    await served.stop();
    profile.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await idbBench(distFromArgs())) console.log(`${row.name}  ${row.value} ${row.unit} ${row.goal ?? ''}`);
}
