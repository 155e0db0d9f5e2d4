import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import type { Directory } from '../../src/directory/types';
import { baseURL, firstVisit, newContext, pageErrors, restart, serveCopy, stop, textSize } from './helpers';
import { idbMeta, setIdbMeta, splitStoredChunks } from './idb';
import { sidewaysOverflow, splitArabicWords } from './layout-probes';
import { screenReady } from './ready';
import { browser } from './session';


/**
 * Holds the search index's build at its first pause: the app gives the main thread back with
 * scheduler.postTask (src/lib/next-task.ts) before each piece of entries it sends to the index
 * builder's worker (src/directory/search-index-worker.ts; on a page without workers, between the
 * build's slices, src/finder/slices.ts), and this one waits until the test opens the gate. So the
 * worker gets the short fields only when the test lets one piece go, and the descriptions, sent
 * after its early index came back, wait there too. The app's other next tasks (the hours warm-up,
 * the index's hand-over to its writer) wait there as well.
 */
const GATE = `(() => {
  const waiting = [];
  let open = false;
  window.__slicesWaiting = () => waiting.length;
  window.__openSlices = () => { open = true; waiting.splice(0).forEach((go) => go()); };
  window.__stepSlices = () => waiting.splice(0).forEach((go) => go());
  // Set in the task that marks the early index (a PerformanceObserver hears marks only later):
  // the test stops letting pieces go from that task on.
  window.__earlyCame = false;
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (name === 'wegweiser:search-early') window.__earlyCame = true;
    return mark(name, options);
  };
  Object.defineProperty(window, 'scheduler', {
    configurable: true,
    value: { postTask: (task) => (open ? Promise.resolve().then(task) : new Promise((go) => waiting.push(() => go(task())))) },
  });
})();`;

/** A browser without workers: the app builds the search index on the page, in slices. */
const NO_WORKERS = `Object.defineProperty(window, 'Worker', { configurable: true, value: undefined });`;

type Gate = { __slicesWaiting(): number; __openSlices(): void; __stepSlices(): void; __earlyCame: boolean };
type Times = { __times: { name: string; t: number }[]; __tap?: number };

/** Notes the app's search marks and the list screen's renders (src/finder/perf-marks.ts) of this page load, in order, with their times. */
const TIMES = `(() => {
  window.__times = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name.startsWith('wegweiser:search-') || e.name === 'wegweiser:list-render') window.__times.push({ name: e.name, t: e.startTime });
    }
  }).observe({ type: 'mark' });
})();`;

/**
 * Counts the page's own writes of the search index's records: the index writer's worker
 * (src/storage/index-writer.ts) writes them off the page, where this script does not run.
 */
const PAGE_PUTS = `(() => {
  window.__indexPuts = 0;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (key === 'searchIndex' || key === 'searchIndex.postings') window.__indexPuts++;
    return put.apply(this, arguments);
  };
})();`;

/**
 * Counts the page's reads of the stored search index's main record, and notes the messages the
 * page posts to workers: their kind, and whether they were posted in the task in which a chunk of
 * entries was read (its success event, with the microtasks that follow it); and when the index
 * builder's worker was asked for, and when the page heard from it that it runs or that it failed.
 */
const READS = `(() => {
  window.__indexReads = 0;
  window.__order = [];
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (key) {
    if (key === 'searchIndex') window.__indexReads++;
    const request = get.apply(this, arguments);
    // Added before the app's own listener (idb adds it after get returns): heard first.
    if (this.name === 'chunks') request.addEventListener('success', () => window.__order.push('chunk read'));
    return request;
  };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && ['start', 'entries', 'read'].includes(message.kind)) window.__order.push(message.kind);
    return post.apply(this, arguments);
  };
  window.Worker = class extends Worker {
    constructor(url, options) {
      super(url, options);
      if (!/search-index\.worker/.test(String(url))) return;
      window.__order.push('worker asked');
      this.addEventListener('message', (event) => event.data?.kind === 'ready' && window.__order.push('worker runs'));
      this.addEventListener('error', () => window.__order.push('worker failed'));
    }
  };
})();`;
type Reads = { __indexReads: number; __order: string[] };

/** The search marks of this page load, in order. */
const marks = (page: Page) => page.evaluate(() => (window as unknown as Times).__times.map((m) => m.name).filter((n) => n.startsWith('wegweiser:search-')));
const rowLinks = (page: Page) => page.locator('.entry-list .entry-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

const status = (page: Page) => page.locator('#list-count');
const firstResult = (page: Page) => page.locator('.entry-list .entry-link').first();

async function heldAtFirstPause(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Gate).__slicesWaiting() > 0);
}

/**
 * A new profile whose index builds wait at the gate, its marks noted, its page's errors collected
 * and its CPU slowed 6×, so a build surely runs longer than one 8 ms slice and reaches a pause.
 */
async function gatedPage(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await newContext(browser, options);
  await context.addInitScript({ content: GATE });
  await context.addInitScript({ content: TIMES });
  const page = await context.newPage();
  const errors = pageErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  return { context, page, errors };
}

/**
 * Lets the held build go on one piece at a time until its early index has come, then waits until
 * the list's status ends with `notDone`. The check and the step are one evaluation in the page,
 * and the early index is marked in the same task that queues the next piece (the descriptions for
 * the worker), so no step can let that piece go after the early index came.
 */
async function stepUntilEarly(page: Page, notDone: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    await page.waitForFunction(() => {
      const w = window as unknown as Gate;
      return w.__earlyCame || w.__slicesWaiting() > 0;
    });
    const came = await page.evaluate(() => {
      const w = window as unknown as Gate;
      if (w.__earlyCame) return true;
      w.__stepSlices();
      return false;
    });
    if (came) break;
  }
  // Drawn in a later frame, at 6× CPU.
  await expect.poll(async () => (await status(page).textContent())?.endsWith(notDone), { timeout: 20_000 }).toBe(true);
}

describe('search before its index is ready, and the index kept on the device', () => {
  it('says the search is getting ready, answers from names first and says more may come, then answers in full; a reload offline reads the stored index without building', async () => {
    const { context, page, errors } = await gatedPage();
    await context.addInitScript({ content: PAGE_PUTS });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await firstVisit(page, 'de');
    await page.goto(`${baseURL()}#/list`);
    const box = page.getByRole('searchbox', { name: 'Wonach suchen Sie?' });
    await box.waitFor();
    await heldAtFirstPause(page);

    await box.pressSequentially('Jobcenter');
    await expect.poll(() => status(page).textContent()).toBe('Die Suche wird vorbereitet …');
    expect(await page.locator('.entry-row').count()).toBe(0);
    // The screen is not "ready" while its search is not.
    expect(await page.evaluate(() => document.getElementById('main')?.dataset.ready)).toBeUndefined();

    // One slice at a time, until the early index (names, keywords, topics, towns) answers.
    const notDone = 'Die Suche ist noch nicht fertig. Gleich kommen vielleicht mehr.';
    await stepUntilEarly(page, notDone);
    expect(await status(page).textContent()).toMatch(new RegExp(`^\\d+ Ergebnisse?\\. ${notDone}$`));
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    expect(await marks(page)).toEqual(['wegweiser:search-early']);
    expect(await page.evaluate(() => document.getElementById('main')?.dataset.ready)).toBeUndefined();

    await page.evaluate(() => (window as unknown as Gate).__openSlices());
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ Ergebnisse?$/);
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    const rows = await rowLinks(page);
    // The first start built the index and then stored it, for exactly the entries it read.
    await expect.poll(() => marks(page)).toEqual(['wegweiser:search-early', 'wegweiser:search-ready', 'wegweiser:search-stored']);
    await page.waitForFunction(() => document.getElementById('main')?.dataset.ready !== undefined);
    const directory = (await page.evaluate(() => fetch('data/directory.json').then((r) => r.json()))) as { version: string; asOf: string; entries: { id: string }[] };
    const stored = (await idbMeta(page, 'searchIndex')) as { key: string; index: { ids: string[] } } | undefined;
    expect(stored?.key.split('|').slice(1)).toEqual([directory.version, directory.asOf, String(directory.entries.length)]);
    expect(stored?.index.ids).toEqual(directory.entries.map((e) => e.id));
    // Built by the index builder's worker, and written by the index writer's, not on the page.
    expect(workers.filter((path) => /\/assets\/search-index\.worker-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(workers.filter((path) => /\/assets\/index-writer\.worker-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __indexPuts: number }).__indexPuts)).toBe(0);

    // The second start, offline (the worker has everything): the query comes from the URL, and the
    // gate stays shut, so an answer can only come from the stored index, never from a build.
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await context.setOffline(true);
    await page.reload();
    await box.waitFor();
    expect(await box.inputValue()).toBe('Jobcenter');
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    expect(await rowLinks(page)).toEqual(rows);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // Whatever waits at the gate (the hours warm-up) may now run: had a build begun, its marks would follow.
    await page.evaluate(() => (window as unknown as Gate).__openSlices());
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    // Ready, and nothing stored again: the index was read, not built.
    await page.waitForFunction(() => document.getElementById('main')?.dataset.ready !== undefined);
    expect(await marks(page)).toEqual(['wegweiser:search-ready']);
    // No builder started on the second start.
    expect(workers.filter((path) => /\/assets\/search-index\.worker-/.test(path))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});


describe('a start whose entries are stored without their index', () => {
  /**
   * A first visit that searched once; then its stored index deleted, as after a data update whose
   * index could not be stored (a full disk): the entries are there, no index. The real directory
   * fits one chunk, read in one task with what follows it; in three chunks each is its own read, and
   * what is sent to the builder between them shows when it was sent. Returns the rows found.
   */
  async function storedWithoutIndex(page: Page): Promise<(string | null)[]> {
    await firstVisit(page, 'de');
    await page.goto(`${baseURL()}#/list?q=Jobcenter`);
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    const rows = await rowLinks(page);
    await expect.poll(() => idbMeta(page, 'searchIndex.for')).toMatch(/\|/);
    for (const key of ['searchIndex', 'searchIndex.postings', 'searchIndex.for']) await setIdbMeta(page, key, undefined);
    expect(await splitStoredChunks(page, 3)).toBe(3);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    return rows;
  }

  /** Reloads offline, watching reads and messages; the search answers with the same rows, from an index it built and stored. */
  async function restartOffline(context: BrowserContext, page: Page, rows: (string | null)[]): Promise<void> {
    await context.addInitScript({ content: READS });
    await context.addInitScript({ content: TIMES });
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    await expect.poll(() => marks(page)).toEqual(['wegweiser:search-early', 'wegweiser:search-ready', 'wegweiser:search-stored']);
    expect(await rowLinks(page)).toEqual(rows);
  }

  it('builds the index while it reads the entries, offline: the entries go to the builder as each chunk is read, no stored index is read, and the search answers as before', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = pageErrors(page);
    const rows = await storedWithoutIndex(page);
    await restartOffline(context, page, rows);
    const reads = await page.evaluate(() => {
      const w = window as unknown as Reads;
      return { indexReads: w.__indexReads, order: w.__order };
    });
    // The builder's worker is asked for, and runs, before the first chunk is read (else its thread
    // and its first message would wait behind the chunks read: index-while-reading.ts). Each chunk
    // goes to it before the next is read (had the build waited for the whole read, the three reads
    // would come first); "read" only once all are.
    expect(reads).toEqual({
      indexReads: 0,
      order: ['worker asked', 'worker runs', 'chunk read', 'start', 'entries', 'chunk read', 'entries', 'chunk read', 'entries', 'read'],
    });
    // Stored again for the next start, with its key kept apart.
    const directory = (await page.evaluate(() => fetch('data/directory.json').then((r) => r.json()))) as { version: string };
    expect(((await idbMeta(page, 'searchIndex.for')) as string).split('|')[1]).toBe(directory.version);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reads the entries once the builder's worker failed when its file is missing from the offline copy; the page builds the index, the search answers as before", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = pageErrors(page);
    const rows = await storedWithoutIndex(page);
    // As after an update that left the cache without the builder's file: offline, it cannot load.
    const removed = await page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (/\/assets\/search-index\.worker-/.test(request.url) && (await cache.delete(request))) count++;
      }
      return count;
    });
    expect(removed).toBe(1);
    await restartOffline(context, page, rows);
    // The read waited for the worker only until it failed, and nothing was sent to it. The search
    // then asks for a worker of its own for the entries read (use-search.ts), which fails as well,
    // and builds on the page.
    expect(await page.evaluate(() => (window as unknown as Reads).__order)).toEqual([
      'worker asked', 'worker failed', 'chunk read', 'chunk read', 'chunk read',
      'worker asked', 'start', 'entries', 'read', 'worker failed',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the early answer right to left, at 320 px and the largest text size', () => {
  for (const lang of ['ar', 'fa-AF'] as const) {
    it(`${lang}: the list's status and its note that more may follow fit the screen, no word split`, async () => {
      const { context, page, errors } = await gatedPage({ viewport: { width: 320, height: 700 } });
      await firstVisit(page, lang);
      await textSize(page, lang, 3);
      await page.goto(`${baseURL()}#/list?q=Jobcenter`);
      await heldAtFirstPause(page);
      const texts = (JSON.parse(readFileSync(`locales/${lang}/finder.json`, 'utf8')) as { list: Record<string, string> }).list;
      await expect.poll(() => status(page).textContent()).toBe(texts.preparing);

      await stepUntilEarly(page, texts.notDone ?? '');
      // The number of results first, then the note.
      const said = (await status(page).textContent()) ?? '';
      const note = texts.notDone ?? '';
      expect([note.length > 0, said.endsWith(note), /\d/.test(said.slice(0, -note.length))]).toEqual([true, true, true]);
      expect(await page.locator('.entry-row').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.documentElement.dataset.textSize])).toEqual([lang, 'rtl', '3']);
      expect(await page.evaluate(sidewaysOverflow)).toEqual({ extra: 0, culprits: [] });
      expect(await page.evaluate(splitArabicWords)).toEqual([]);
      // The status is drawn whole, inside the screen, its text not cut off by its box.
      const drawn = await status(page).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { inside: r.left >= 0 && r.right <= document.documentElement.clientWidth, clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight };
      });
      expect(drawn).toEqual({ inside: true, clipped: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('a screen opened while an index is built', () => {
  // On a page without workers, where the index is built in slices between the screen's tasks.
  // (With a worker, which CDP does not slow, the build may end before the list is drawn, and
  // rightly so; the pieces the page sends it are ordinary tasks as the slices are.)
  it('is drawn before the build ends: 5,000 entries from a data update, the list opened as they arrive, CPU 4×, built on the page (no workers)', async () => {
    const copy = await serveCopy();
    const context = await newContext(browser, { baseURL: copy.url });
    await context.addInitScript({ content: NO_WORKERS });
    await context.addInitScript({ content: TIMES });
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await firstVisit(page, 'de', copy.url);
      // As after some use: the worker has everything (the data check runs after it started).
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));
      // A newer directory of 5,000 entries as heavy as real ones: its build takes about a second at 4×.
      const file = join(copy.dir, 'data', 'directory.json');
      const shipped = JSON.parse(readFileSync(file, 'utf8')) as Directory;
      const bigger: Directory = {
        ...shipped,
        version: '2099-01-01T00:00:00Z',
        entries: [...shipped.entries, ...generateEntries(5000 - shipped.entries.length, 7)],
      };
      writeFileSync(file, JSON.stringify(bigger));
      await restart(copy);
      await page.goto(`${copy.url}#/settings`);
      await screenReady(page);
      // The list is opened the moment the new data is announced: its index is being built then.
      await page.evaluate(() => {
        const watch = new MutationObserver(() => {
          if (!document.querySelector('.update-outcome')?.textContent?.includes('Neue Daten geladen')) return;
          watch.disconnect();
          (window as unknown as Times).__tap = performance.now();
          location.hash = '#/list';
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.getByRole('button', { name: 'Nach neuen Daten suchen' }).click();
      await page.waitForFunction(() => (window as unknown as Times).__tap !== undefined, undefined, { timeout: 60_000 });
      const after = () =>
        page.evaluate(() => {
          const w = window as unknown as Times;
          return w.__times.filter((m) => m.t > (w.__tap ?? Infinity));
        });
      const firsts = async () => {
        const names = (await after()).map((m) => m.name);
        return names.filter((n, i) => (n === 'wegweiser:list-render' || n === 'wegweiser:search-ready') && names.indexOf(n) === i);
      };
      await expect.poll(async () => (await firsts()).length, { timeout: 60_000 }).toBe(2);
      // Before the fix the build's slices went first and the list was drawn only after the build.
      expect(await firsts()).toEqual(['wegweiser:list-render', 'wegweiser:search-ready']);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await screenReady(page);
      // The list shows the new data: the link to all entries counts 5,000.
      expect(await page.getByText(/^Alle 5\.?000 Stellen zeigen$/).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
