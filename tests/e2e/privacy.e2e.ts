import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, firstVisit, newContext, serveCopy, stop, waitForOffline } from './helpers';
import { idbSnapshot } from './idb';
import { screenReady } from './ready';
import { tileServer, useTileHost } from './tiles';
import { browser } from './session';

const de = JSON.parse(readFileSync('locales/de/info.json', 'utf8')) as { privacy: { keptMapTiles: string } };


// Every screen a person visits before opening the map or following a link.
const SCREENS = ['', 'list', 'list?q=jobcenter', 'fav', 'help', 'ukraine', 'glossary', 'settings', 'privacy', 'about'];

describe('privacy', () => {
  it('sends no request to any other origin and sets no cookie while browsing', async () => {
    const context = await newContext(browser);
    const foreign: string[] = [];
    const origin = new URL(baseURL()).origin;
    const record = (req: Request) => {
      const url = req.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
    };
    context.on('request', record);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await firstVisit(page, 'uk');
    for (const screen of SCREENS) {
      await page.goto(`${baseURL()}#/${screen}`);
      await screenReady(page);
    }
    // An entry's detail and its show-card, from the data the app itself loaded.
    const id = await page.evaluate(async () => {
      const res = await fetch('data/directory.json');
      return ((await res.json()) as { entries: { id: string }[] }).entries[0]?.id;
    });
    for (const screen of [`e/${id}`, `card/${id}`, `pair/${id}`]) {
      await page.goto(`${baseURL()}#/${screen}`);
      await screenReady(page);
    }
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ships a Content-Security-Policy that allows only the app and the tile host', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(baseURL());
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/img-src 'self' data: https:\/\/[^ ;]+;/);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    // The policy is enforced: a script from elsewhere is refused.
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const s = document.createElement('script');
          s.src = 'https://example.org/x.js';
          document.head.append(s);
          setTimeout(() => resolve(false), 2000);
        }),
    );
    expect(blocked).toBe(true);
    await context.close();
  });

  it('deletes all data on request: IndexedDB, the viewed map tiles and the preferences', async () => {
    const copy = await serveCopy();
    const tiles = await tileServer();
    await useTileHost(copy, tiles);
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    const tileCaches = () => page.evaluate(async () => (await caches.keys()).filter((n) => !n.startsWith('workbox-precache')));
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      // Something of the user's in every place: a favourite, a tick, a viewed map tile.
      await page.goto(`${copy.url}#/list?all=1`);
      await page.getByRole('button', { name: /^Merken: / }).first().click();
      await page.goto(`${copy.url}#/ukraine`);
      await page.locator('.step input[type=checkbox]').first().check();
      await page.goto(`${copy.url}#/map`);
      await page.waitForFunction(async () => (await (await caches.open('map-tiles')).keys()).length > 0);
      const seeded = await idbSnapshot(page);
      expect(seeded.stores.favourites?.keys).toHaveLength(1);
      expect(seeded.stores.checklist?.keys).toHaveLength(1);
      await expect.poll(async () => (await idbSnapshot(page, 'workbox-expiration')).stores['cache-entries']?.keys.length ?? 0).toBeGreaterThan(0);
      expect(await tileCaches()).toEqual(['map-tiles']);

      await page.goto(`${copy.url}#/privacy`);
      // The screen names the tile cache among what is kept on the phone.
      await expect.poll(() => page.locator('main li').allTextContents()).toContain(de.privacy.keptMapTiles);
      await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
      await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
      // After the restart the language picker is back, and nothing of the user is left anywhere.
      const fresh = async () => {
        await page.getByRole('button', { name: 'Українська' }).waitFor({ timeout: 10_000 });
        expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wegweiser.')))).toEqual([]);
        const { stores } = await idbSnapshot(page);
        expect([stores.favourites?.keys, stores.checklist?.keys, stores.settings?.keys]).toEqual([[], [], []]);
        // Of the meta records only what the first starts write again (the bundled data's own facts
        // and its ETag, its summary for the home, the search index built from it in two records and
        // the key of the entries it was built for, and which bundled file the stored data was compared with).
        const again = ['directory', 'lastCheck', 'etag', 'summary', 'searchIndex', 'searchIndex.postings', 'searchIndex.for', 'bundledCompared'];
        expect(stores.meta?.keys.filter((k) => !again.includes(k as string))).toEqual([]);
        expect((await idbSnapshot(page, 'workbox-expiration')).stores['cache-entries']?.keys ?? []).toEqual([]);
        expect(await tileCaches()).toEqual([]);
      };
      await fresh();
      // The second start from what is (not) stored: still nothing.
      await page.reload();
      await fresh();
    } finally {
      await context.close();
      await stop(copy.server);
      await tiles.close();
    }
  });
});
