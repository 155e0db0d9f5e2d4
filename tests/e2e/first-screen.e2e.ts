import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from './chromium';
import { baseURL, firstVisit, newContext, offlineIn } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';

const de = JSON.parse(readFileSync('locales/de/common.json', 'utf8')) as { loading: string; home: { liveIn: string } };
const directory = JSON.parse(readFileSync(join(distDir(), 'data/directory.json'), 'utf8')) as {
  region: { name: string; names: Record<string, string>; categories: { id: string }[] };
  entries: { category: string }[];
};
const regionName = directory.region.names.de ?? directory.region.name;
// Tiles shown: the region's categories that have entries (counted here from the file itself).
const usedCategories = directory.region.categories.filter((c) => directory.entries.some((e) => e.category === c.id)).length;


/** Where the home's main controls sit: they must not move when the directory arrives. */
const controls = (page: Page) =>
  Promise.all(['#home-search', '#home-town', '.situations'].map(async (sel) => (await page.locator(sel).boundingBox())?.y));

describe('first screen, drawn before the data and texts it does not need', () => {
  it('draws the picker, then the home, while data/directory.json is still on its way', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    let requested!: () => void;
    const asked = new Promise<void>((resolve) => (requested = resolve));
    let release!: () => void;
    let gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/directory.json', async (route: Route) => {
      requested();
      await gate;
      await route.continue();
    });

    await page.goto(baseURL());
    const deutsch = page.getByRole('button', { name: 'Deutsch' });
    await deutsch.waitFor();
    await asked;
    // The picker is there although the directory file has not been delivered.
    expect(await deutsch.isVisible()).toBe(true);

    await deutsch.click();
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    expect(await page.getByRole('searchbox').isVisible()).toBe(true);
    expect(await page.getByLabel(de.home.liveIn).isDisabled()).toBe(true);
    expect(await page.locator('main .loading[role="status"]').textContent()).toBe(de.loading);
    expect(await page.locator('.tile').count()).toBe(0);
    // The region's name the app was built with stands in the title before the directory is read.
    expect(await title.textContent()).toContain(regionName);
    const before = await controls(page);

    release();
    await page.locator('.tile').first().waitFor();
    await screenReady(page);
    expect(await page.locator('.tile').count()).toBe(usedCategories);
    expect(await title.textContent()).toContain(regionName);
    expect(await page.getByLabel(de.home.liveIn).isEnabled()).toBe(true);
    expect(await controls(page)).toEqual(before);

    // Second start: the directory comes from IndexedDB; the file, if asked for, never arrives.
    gate = new Promise<void>(() => undefined);
    await page.reload();
    await screenReady(page);
    expect(await page.locator('.tile').count()).toBe(usedCategories);
    expect(await title.textContent()).toContain(regionName);
    expect(await controls(page)).toEqual(before);
    await context.close();
  });

  it('draws the picker on a first visit before any text file arrives; choosing a language waits for its texts', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const held: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The build names each language's common.json chunk "assets/common-<hash>.js".
    await page.route(/\/assets\/common-[\w-]+\.js$/, async (route: Route) => {
      held.push(route.request().url());
      await gate;
      await route.continue();
    });

    await page.goto(baseURL());
    const deutsch = page.getByRole('button', { name: 'Deutsch' });
    await deutsch.waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'العربية' }).isVisible()).toBe(true);

    await deutsch.click();
    release();
    // The picker has a heading of its own: wait for the home's, which names the region.
    await page.getByRole('heading', { level: 1, name: regionName }).waitFor();
    await screenReady(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(regionName);
    expect(await page.locator('.tile').count()).toBe(usedCategories);

    // Second start, from storage: the home in the chosen language.
    await page.reload();
    await screenReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('.tile').count()).toBe(usedCategories);
    await context.close();
  });
});

/** What the home showed in the render that first put its heading into the document. */
interface FirstHome {
  readonly tiles: number;
  readonly calls: string[];
  readonly loading: boolean;
  /** performance.now() of the store's first answer before that render (when delayed; else null). */
  readonly storeAnswered: number | null;
}

/**
 * Before the app runs: notes what the home holds in the render that first draws its heading (a
 * MutationObserver's callback runs after the whole render, before the next task). With
 * `slowStoreMs`, every answer to an IndexedDB open reaches the page that much later, as on a
 * phone whose store is slow (the database itself is opened as before).
 */
async function watchFirstHome(context: BrowserContext, slowStoreMs = 0): Promise<void> {
  await context.addInitScript((slow: number) => {
    const w = window as unknown as { __firstHome?: FirstHome; __storeAnswered?: number };
    if (slow > 0) {
      const add = EventTarget.prototype.addEventListener;
      IDBOpenDBRequest.prototype.addEventListener = function (this: IDBOpenDBRequest, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        if (type !== 'success' || !listener) return add.call(this, type, listener, options);
        const later = (event: Event) =>
          setTimeout(() => {
            w.__storeAnswered ??= performance.now();
            if (typeof listener === 'function') listener.call(this, event);
            else listener.handleEvent(event);
          }, slow);
        return add.call(this, type, later, options);
      };
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector('main .home h1')) return;
      observer.disconnect();
      w.__firstHome = {
        tiles: document.querySelectorAll('.tiles a').length,
        calls: [...document.querySelectorAll('a.sos-call .sos-number')].map((n) => n.textContent ?? ''),
        loading: !!document.querySelector('main .loading, .sos-call-pending'),
        storeAnswered: w.__storeAnswered ?? null,
      };
    });
    observer.observe(document, { childList: true, subtree: true });
  }, slowStoreMs);
}

const firstHome = (page: Page) => page.evaluate(() => (window as unknown as { __firstHome?: FirstHome }).__firstHome);

describe('a returning start: the home drawn once, from the summary stored on the phone', () => {
  for (const lang of ['de', 'ar'] as const) {
    it(`${lang}: its first render has the tiles and 112 first, online and offline`, async () => {
      const { context, page } = await offlineIn(browser, lang);
      await watchFirstHome(context);
      for (const online of [true, false]) {
        await context.setOffline(!online);
        await page.reload();
        await screenReady(page);
        const seen = await firstHome(page);
        // Not a loading line that the tiles replace a moment later, and no hidden 112 placeholder.
        expect({ online, ...seen }).toEqual({ online, tiles: usedCategories, calls: ['112', '110'], loading: false, storeAnswered: null });
      }
      await context.close();
    });
  }

  it('a slow store does not hold back the screen: the home is drawn with its loading line, the tiles follow', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'de');
    await screenReady(page);
    await watchFirstHome(context, 1500);
    await page.reload();
    await screenReady(page, 15_000);
    const seen = await firstHome(page);
    // Drawn before the store answered at all, so not after the whole wait.
    expect(seen?.storeAnswered).toBeNull();
    expect(seen).toMatchObject({ tiles: 0, loading: true });
    expect(await page.locator('.tiles a').count()).toBe(usedCategories);
    expect(await page.locator('a.sos-call .sos-number').allTextContents()).toEqual(['112', '110']);
    await context.close();
  });
});
