import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { baseURL, firstVisit, newContext, waitForOffline } from './helpers';
import { idbMeta, idbSnapshot } from './idb';
import { builtDirectory } from './release';
import { screenReady } from './ready';
import { browser } from './session';


/**
 * Writes the database as releases with schema 3 left it on a phone, with the browser's own
 * IndexedDB and no app code: the stores of schema steps 1–3, the entries one record each (keyed
 * by id, so read back alphabetically), their order in the directory's head, the region, one
 * favourite and the migration log. (Built from the last schema-3 release's storage code.)
 */
function writeSchema3(page: Page, directory: Directory, favourite: string): Promise<void> {
  return page.evaluate(
    async ({ directory, favourite }) => {
      const { region, entries, ...head } = directory;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('wegweiser', 3);
        open.onupgradeneeded = () => {
          const d = open.result;
          d.createObjectStore('meta');
          d.createObjectStore('entries', { keyPath: 'id' }).createIndex('category', 'category');
          d.createObjectStore('region');
          d.createObjectStore('favourites', { keyPath: 'id' });
          d.createObjectStore('settings');
          d.createObjectStore('checklist', { keyPath: 'id' });
          d.createObjectStore('cards', { keyPath: 'id' });
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['meta', 'entries', 'region', 'favourites'], 'readwrite');
      for (const e of entries) tx.objectStore('entries').put(e);
      tx.objectStore('region').put(region, 'current');
      tx.objectStore('meta').put({ ...head, order: entries.map((e) => e.id) }, 'directory');
      tx.objectStore('meta').put('bundle', 'directorySource');
      tx.objectStore('meta').put([1, 2, 3], 'migrations');
      tx.objectStore('favourites').put({ id: favourite, added: '2026-11-20T10:00:00.000Z' });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { directory, favourite },
  );
}

describe('a phone with the directory stored by a release before schema 4', () => {
  it('moves it into chunks in its order, with its summary, keeps the favourite, and starts from it offline', async () => {
    const directory = builtDirectory();
    const order = directory.entries.map((e) => e.id);
    // The test means something only if the data's order is not the order of the keys.
    expect([...order].sort()).not.toEqual(order);
    const favourite = order[order.length - 1] ?? '';
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      // A page of the app's origin that runs none of its code.
      await page.goto(`${baseURL()}manifest.webmanifest`);
      await writeSchema3(page, directory, favourite);
      const before = await idbSnapshot(page);
      expect(before.version).toBe(3);

      await firstVisit(page, 'de');
      await waitForOffline(page);
      await expect.poll(() => idbMeta(page, 'migrations').catch(() => undefined), { timeout: 30_000 }).toEqual([1, 2, 3, 4]);

      const after = await idbSnapshot(page);
      expect(after.version).toBe(4);
      expect(Object.keys(after.stores)).not.toContain('entries');
      const chunks = after.stores.chunks?.values as { id: string }[][];
      // Every entry, in the data's order (the order the old release kept in its head), unchanged.
      expect(chunks.flat().map((e) => e.id)).toEqual(order);
      expect(chunks.flat()).toEqual(directory.entries);
      expect(after.stores.favourites).toEqual(before.stores.favourites);
      expect(await idbMeta(page, 'directory')).not.toHaveProperty('order');
      const summary = (await idbMeta(page, 'summary')) as { emergencyNumbers: string[]; counts: Record<string, number> };
      expect(summary.counts.notfall).toBe(directory.entries.filter((e) => e.category === 'notfall').length);
      expect(summary.emergencyNumbers.slice(0, 2)).toEqual(['112', '110']);

      // Second start, offline, from the moved data: the home with its tiles and 112 / 110.
      await context.setOffline(true);
      await page.reload();
      await screenReady(page);
      const used = new Set(directory.entries.map((e) => e.category));
      expect(await page.locator('.tiles .tile').count()).toBe(directory.region.categories.filter((c) => used.has(c.id)).length);
      expect(await page.locator('a.sos-call').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:112', 'tel:110']);
      expect(await idbMeta(page, 'migrations')).toEqual([1, 2, 3, 4]);
    } finally {
      await context.close();
    }
  });
});
