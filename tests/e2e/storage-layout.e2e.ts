import { cpSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from './chromium';
import { firstVisit, launch, newContext, restart, serveCopy, stop, waitForOffline } from './helpers';
import { idbMeta, idbSnapshot } from './idb';
import { buildCommit, builtDirectory } from './release';
import { screenReady } from './ready';

/**
 * The last release whose database had schema 3: one IndexedDB record per entry, their order in
 * the head. Schema 4 stores them in chunks and keeps a summary beside them.
 */
const SCHEMA_3_RELEASE = '058b6747808a58c872f161bf15f060a0b8058c4c';

let browser: Browser;
let old: ReturnType<typeof buildCommit>;
beforeAll(async () => {
  browser = await launch();
  old = buildCommit(SCHEMA_3_RELEASE);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  old?.remove();
});

describe('a phone with the directory stored by the release before schema 4', () => {
  it('moves it into chunks in its order, with its summary, keeps the favourite, and starts from it offline', async () => {
    const copy = await serveCopy();
    rmSync(copy.dir, { recursive: true });
    cpSync(old.dir, copy.dir, { recursive: true });
    await restart(copy);
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      await page.goto(`${copy.url}#/list?all=1`);
      await page.getByRole('button', { name: /^Merken: / }).first().click();
      await expect.poll(async () => (await idbSnapshot(page)).stores.favourites?.keys.length).toBe(1);
      const before = await idbSnapshot(page);
      expect(before.version).toBe(3);
      const order = (await idbMeta(page, 'directory')) as { order: string[] };
      const stored = before.stores.entries?.values as { id: string }[];
      expect(stored.map((e) => e.id).sort()).toEqual([...order.order].sort());

      // The new release (the build under test) takes over.
      rmSync(copy.dir, { recursive: true });
      cpSync(distDir(), copy.dir, { recursive: true });
      await restart(copy);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
      // The new release's page reloads and upgrades the database when it opens it.
      await expect.poll(() => idbMeta(page, 'migrations').catch(() => undefined), { timeout: 30_000 }).toEqual([1, 2, 3, 4]);

      const after = await idbSnapshot(page);
      expect(after.version).toBe(4);
      expect(Object.keys(after.stores)).not.toContain('entries');
      const chunks = after.stores.chunks?.values as { id: string }[][];
      // Every entry, in the data's order (the order the old release kept in its head).
      expect(chunks.flat().map((e) => e.id)).toEqual(order.order);
      expect(chunks.flat()).toEqual(order.order.map((id) => stored.find((e) => e.id === id)));
      expect(after.stores.favourites).toEqual(before.stores.favourites);
      const summary = (await idbMeta(page, 'summary')) as { emergencyNumbers: string[]; counts: Record<string, number> };
      const notfall = stored.filter((e) => (e as unknown as { category: string }).category === 'notfall').length;
      expect(summary.counts.notfall).toBe(notfall);
      expect(summary.emergencyNumbers.slice(0, 2)).toEqual(['112', '110']);

      // Second start, offline, from the moved data: the home with its tiles and 112 / 110.
      await context.setOffline(true);
      await page.goto(copy.url);
      await page.reload();
      await screenReady(page);
      const used = new Set(builtDirectory().entries.map((e) => e.category));
      const tiles = builtDirectory().region.categories.filter((c) => used.has(c.id)).length;
      expect(await page.locator('.tiles .tile').count()).toBe(tiles);
      expect(await page.locator('a.sos-call').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:112', 'tel:110']);
      expect(await idbMeta(page, 'migrations')).toEqual([1, 2, 3, 4]);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
