import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstVisit, newContext, restart, serveCopy, stop, waitForOffline, type ServedCopy } from './helpers';
import { idbMeta, idbSnapshot } from './idb';
import { buildNextRelease, builtDirectory, type NextRelease } from './release';
import { browser } from './session';

let next: NextRelease;
beforeAll(async () => {
  // A second, different release: new version label, newer data, and one more schema step.
  next = buildNextRelease();
});
afterAll(async () => {
  next?.remove();
});

/** The server now has the next release; the open page's worker finds it and offers it. */
async function publishNext(page: Page, copy: ServedCopy): Promise<void> {
  rmSync(copy.dir, { recursive: true });
  cpSync(next.dir, copy.dir, { recursive: true });
  await restart(copy);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  // The offer is said at once (live region) and drawn with the next screen the user opens.
  await page.locator('.notices .visually-hidden').getByText('Eine neue Version ist da.').waitFor({ state: 'attached' });
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen', exact: true }).click();
  await page.getByRole('button', { name: 'Jetzt aktualisieren' }).waitFor();
}

describe('a new release while the app is open', () => {
  it('keeps the open app on its own files, offers the update, and migrates storage once', async () => {
    const copy = await serveCopy();
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      // Something of the user's, which the schema step must keep.
      await page.goto(`${copy.url}#/list?all=1`);
      await page.getByRole('button', { name: /^Merken: / }).first().click();
      await expect.poll(async () => (await idbSnapshot(page)).stores.favourites?.keys.length).toBe(1);
      const before = await idbSnapshot(page);
      expect(before.version).toBe(4);
      expect(await idbMeta(page, 'migrations')).toEqual([1, 2, 3, 4]);
      // From here on (the reload above may abort the first visit's own requests): nothing may fail.
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      const ownVersion = await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'));

      await publishNext(page, copy);
      // Still the old release: a screen never opened before loads the old release's chunk.
      await page.goto(`${copy.url}#/about`);
      await expect(page.locator('.version').textContent()).resolves.not.toContain(next.appVersion);
      expect(await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'))).toBe(ownVersion);
      expect((await idbSnapshot(page)).version).toBe(4);
      expect(failed).toEqual([]);

      await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
      await page.waitForFunction((v) => document.querySelector('.version')?.textContent?.includes(v), next.appVersion, { timeout: 30_000 });
      // The next release's schema step ran once, and the favourite is still there.
      const after = await idbSnapshot(page);
      expect(after.version).toBe(5);
      expect(Object.keys(after.stores).sort()).toEqual([...Object.keys(before.stores), 'testProbe'].sort());
      expect(await idbMeta(page, 'migrations')).toEqual([1, 2, 3, 4, 5]);
      expect(after.stores.favourites).toEqual(before.stores.favourites);
      expect(failed).toEqual([]);

      // A second start of the new release runs no step again.
      await page.reload();
      await page.locator('.version').waitFor();
      expect(await idbMeta(page, 'migrations')).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });

  it('brings its newer data to a phone that is offline when the new release takes over', async () => {
    const copy = await serveCopy();
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    const { id, before, after } = next.renamed;
    const heading = page.locator('main h1').first();
    try {
      expect(builtDirectory(next.dir).version).toBe(next.dataVersion);
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      // A second start of this release compares its bundled file with the stored data and records
      // that file (its SHA-256), so the starts after it skip the file: the next release's must not.
      await page.reload();
      const sha = createHash('sha256').update(readFileSync(join(copy.dir, 'data', 'directory.json'))).digest('hex');
      await expect.poll(() => idbMeta(page, 'bundledCompared')).toBe(sha);
      await page.goto(`${copy.url}#/e/${id}`);
      await expect.poll(() => heading.textContent()).toBe(before);

      await publishNext(page, copy);
      // Back to the place, where the offer stays until it is taken.
      await page.goBack();
      await expect.poll(() => heading.textContent()).toBe(before);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
      // Offline, the next release's worker serves the page and its own copy of the data.
      await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, after, { timeout: 30_000 });
      await expect.poll(() => idbMeta(page, 'directory').then((d) => (d as { version?: string } | undefined)?.version)).toBe(next.dataVersion);

      // The second offline start reads the new data from the device.
      await page.reload();
      await expect.poll(() => heading.textContent()).toBe(after);
      await page.goto(`${copy.url}#/about`);
      await expect.poll(() => page.locator('.version').textContent()).toContain(next.appVersion);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
