import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from './chromium';
import { baseURL, firstVisit, newContext, pageErrors } from './helpers';
import { idbMeta, setIdbMeta } from './idb';
import { screenReady } from './ready';
import { browser } from './session';

const fileText = readFileSync(join(distDir(), 'data/directory.json'), 'utf8');
const directory = JSON.parse(fileText) as { region: { categories: { id: string }[] }; entries: { category: string }[] };
const tiles = directory.region.categories.filter((c) => directory.entries.some((e) => e.category === c.id)).length;


/**
 * Counts the answers that came from the network (or a test's route), by path: the page's and the
 * service worker's own. An answer the worker gave the page from its cache is not counted.
 */
function networkAnswers(context: BrowserContext): (path: string) => { page: number; worker: number } {
  const seen: Response[] = [];
  context.on('response', (r) => {
    if (!r.fromServiceWorker()) seen.push(r);
  });
  return (path) => {
    const hits = seen.filter((r) => new URL(r.url()).pathname === path && !new URL(r.url()).search);
    const worker = hits.filter((r) => !!r.request().serviceWorker()).length;
    return { page: hits.length - worker, worker };
  };
}

/** The worker's precached copy of a file, read from Cache Storage (any revision). */
function precached(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (p) => {
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    for (const name of names) {
      const hit = await (await caches.open(name)).match(new URL(p, document.baseURI).href, { ignoreSearch: true });
      if (hit) return hit.text();
    }
    return undefined;
  }, path);
}

async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('first visit', () => {
  it('downloads data/directory.json once: the service worker takes over the page\'s copy, and the app opens offline', async () => {
    const context = await newContext(browser);
    const count = networkAnswers(context);
    const page = await context.newPage();
    await firstVisit(page, 'de');
    await installed(page);

    // The counter does see the worker's own downloads: it precached the boundaries itself.
    expect(count('/data/boundaries.geojson').worker).toBe(1);
    expect(count('/data/directory.json')).toEqual({ page: 1, worker: 0 });
    expect(await precached(page, 'data/directory.json')).toBe(fileText);
    expect(await page.evaluate(() => caches.has('wegweiser-handoff'))).toBe(false);

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await screenReady(page);
    expect(await page.locator('.tiles .tile').count()).toBe(tiles);
    expect(count('/data/directory.json').page).toBe(1);
    await context.close();
  });

  it('records the release\'s file as compared on the first visit, so no start reads it again, and the first data check gets "not modified"', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // The page's requests for the file, from the network or answered by the worker ('?check=1': the daily data check).
    const asked: string[] = [];
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/data/directory.json' && !r.serviceWorker()) asked.push(url.search);
    });
    await firstVisit(page, 'de');
    await installed(page);
    // The file the first visit downloaded is the release's, by its SHA-256 (the worker's precache
    // revision): recorded as compared with the data stored from it.
    const sha = createHash('sha256').update(fileText).digest('hex');
    await expect.poll(() => idbMeta(page, 'bundledCompared')).toBe(sha);
    // A start: the app first compares the bundled file with the stored data (when it must), then
    // runs the daily check, made due here: its request says the comparison's turn is over. Gives
    // the page's requests for the file and the status of the check's answer.
    const start = async (): Promise<{ asked: string[]; check: number }> => {
      // First the app's page goes: the last start's work after its first screen (its own check
      // among it) must not run after the check is made due. (Any URL of the app's origin would be
      // answered with the app by the worker, so the record is written from the worker itself.)
      await page.goto('about:blank');
      const [worker] = context.serviceWorkers();
      if (!worker) throw new Error('no service worker to write the record from');
      // The daily data check due: its last one a day ago.
      await setIdbMeta(worker, 'lastCheck', Date.now() - 25 * 60 * 60 * 1000);
      asked.length = 0;
      const checked = page.waitForResponse((r) => r.url().endsWith('/data/directory.json?check=1'));
      await page.goto(baseURL());
      await screenReady(page);
      const check = (await checked).status();
      return { asked: [...asked], check };
    };
    // The first check sends the ETag of the file the first visit downloaded: "not modified".
    expect(await start()).toEqual({ asked: ['?check=1'], check: 304 });
    expect(await start()).toEqual({ asked: ['?check=1'], check: 304 });
    expect(await start()).toEqual({ asked: ['?check=1'], check: 304 });
    await context.close();
  });

  it('downloads the file again when the page\'s copy is not the one the release precaches', async () => {
    const context = await newContext(browser);
    const count = networkAnswers(context);
    const page = await context.newPage();
    // The page gets another (still valid) file than the one this release was built with.
    const other = JSON.stringify({ ...JSON.parse(fileText), asOf: '2020-01-01' });
    await page.route('**/data/directory.json', (route) => route.fulfill({ body: other, contentType: 'application/json' }));
    await page.goto(baseURL());
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.locator('.tiles .tile').first().waitFor();
    await installed(page);

    expect(count('/data/directory.json')).toEqual({ page: 1, worker: 1 });
    expect(await precached(page, 'data/directory.json')).toBe(fileText);
    // Not recorded as compared: the next start compares the release's file (from the precache) with the data.
    expect(await idbMeta(page, 'bundledCompared')).toBeUndefined();
    await page.reload();
    await screenReady(page);
    await expect.poll(() => idbMeta(page, 'bundledCompared')).toBe(createHash('sha256').update(fileText).digest('hex'));
    await context.close();
  });

  it('loses nothing when the line drops right after the first screen: offline support starts and the search loads when it comes back, with no error', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = pageErrors(page);
    // The chunk that starts the service worker (and the data check) and the search's chunk fail
    // once, as on a dropped line; nothing serves them from a cache yet on a first visit.
    let dropped = true;
    const chunks = ['after-start', 'use-search'];
    await page.route(new RegExp(`/assets/(${chunks.join('|')})-[\\w-]+\\.js$`), (route) => (dropped ? route.abort('internetdisconnected') : route.continue()));
    const failed = chunks.map((name) => page.waitForEvent('requestfailed', (r) => r.url().includes(`/assets/${name}-`)));
    await firstVisit(page, 'de');
    await Promise.all(failed);
    await screenReady(page);
    // Nothing else in flight, so the switch below fails no other request.
    await page.waitForLoadState('networkidle');
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(await registered()).toBe(0);

    dropped = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(registered, { timeout: 20_000 }).toBe(1);
    await installed(page);
    await page.goto(`${baseURL()}#/list?q=Jobcenter`);
    await expect.poll(() => page.locator('.entry-list .entry-link').first().textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('installs all files or none: a file that fails leaves no worker, the app keeps working online, and the next visit installs everything', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = pageErrors(page);
    // The map's chunk (a German home never loads it) fails for the service worker's install.
    let failing = true;
    let hit: () => void = () => undefined;
    const failedOnce = new Promise<void>((resolve) => (hit = resolve));
    await context.route(/\/assets\/leaflet-[\w-]+\.js$/, (route) => {
      if (!failing) return route.continue();
      hit();
      return route.fulfill({ status: 404, body: '' });
    });
    await firstVisit(page, 'de');
    await failedOnce;
    const registrations = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    // A worker whose install failed is dropped with its registration: nothing half installed controls the page.
    await expect.poll(registrations, { timeout: 20_000 }).toBe(0);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(false);
    await page.goto(`${baseURL()}#/list?q=Jobcenter`);
    await expect.poll(() => page.locator('.entry-list .entry-link').first().textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');

    failing = false;
    await page.reload();
    await installed(page);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await screenReady(page);
    expect(await precached(page, 'data/directory.json')).toBe(fileText);
    expect(errors).toEqual([]);
    await context.close();
  });
});
