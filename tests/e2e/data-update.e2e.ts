import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { firstVisit, newContext, restart, serveCopy, stop, waitForOffline, type ServedCopy } from './helpers';
import { setIdbMeta } from './idb';
import { screenReady } from './ready';
import { browser } from './session';


async function checkNow(page: Page, copy: ServedCopy): Promise<string> {
  await page.goto(`${copy.url}#/settings`);
  await page.getByRole('button', { name: 'Nach neuen Daten suchen' }).click();
  const outcome = page.locator('.update-outcome');
  await page.waitForFunction(() => !document.querySelector('.update-outcome')?.textContent?.includes('Suche'));
  return (await outcome.textContent()) ?? '';
}

/** How many entries the app has on the device, as the About screen says. */
async function entryCount(page: Page, copy: ServedCopy): Promise<string> {
  await page.goto(`${copy.url}#/about`);
  // After a reload the entries are read after the first screen: the count is there once it is ready.
  await screenReady(page);
  return (await page.locator('.about').textContent()) ?? '';
}

describe('directory updates without a release', () => {
  it('rejects broken files, keeps the old data, and swaps in a valid newer file', async () => {
    const copy = await serveCopy();
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    // Each step takes a second or two. This test once waited out the file's 90 s in a CI run
    // (not seen again in 4 runs alone, 3 beside another file and a second CI run): a step that
    // hangs now fails on its own, and the error names it.
    page.setDefaultTimeout(30_000);
    const file = join(copy.dir, 'data', 'directory.json');
    const original = readFileSync(file, 'utf8');
    const directory = JSON.parse(original) as Directory;
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      const before = await entryCount(page, copy);
      expect(before).toContain(`${directory.entries.length} Einträge`);

      // Cut off halfway: rejected, the old data stays.
      writeFileSync(file, original.slice(0, Math.floor(original.length / 2)));
      await restart(copy);
      expect(await checkNow(page, copy)).toContain('fehlerhaft');
      expect(await entryCount(page, copy)).toBe(before);

      // Well-formed JSON but an unknown format version and script in a text: rejected too.
      const hostile = { ...directory, format: 2, version: '2099-01-01T00:00:00Z' };
      writeFileSync(file, JSON.stringify(hostile));
      await restart(copy);
      expect(await checkNow(page, copy)).toContain('fehlerhaft');
      const script = {
        ...directory,
        version: '2099-01-01T00:00:00Z',
        entries: directory.entries.map((e, i) => (i === 0 ? { ...e, name: '<script>alert(1)</script>' } : e)),
      };
      writeFileSync(file, JSON.stringify(script));
      await restart(copy);
      expect(await checkNow(page, copy)).toContain('fehlerhaft');
      expect(await entryCount(page, copy)).toBe(before);

      // A valid newer file with one entry less: swapped in, and it survives an offline reload.
      const newer: Directory = {
        ...directory,
        version: '2099-01-01T00:00:00Z',
        asOf: '2099-01-01',
        entries: directory.entries.slice(1),
      };
      writeFileSync(file, JSON.stringify(newer));
      await restart(copy);
      expect(await checkNow(page, copy)).toContain('Neue Daten geladen');
      await context.setOffline(true);
      await page.reload();
      expect(await entryCount(page, copy)).toContain(`${newer.entries.length} Einträge`);

      // Asking again finds nothing new; an edit that keeps the version is still taken.
      await context.setOffline(false);
      expect(await checkNow(page, copy)).toContain('Die Daten sind aktuell');
      const edited = { ...newer, entries: newer.entries.slice(1) };
      writeFileSync(file, JSON.stringify(edited));
      await restart(copy);
      expect(await checkNow(page, copy)).toContain('Neue Daten geladen');
      expect(await entryCount(page, copy)).toContain(`${edited.entries.length} Einträge`);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });

  it('shows data found by the daily check with the next screen, never under the open one', async () => {
    const copy = await serveCopy();
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    const file = join(copy.dir, 'data', 'directory.json');
    const directory = JSON.parse(readFileSync(file, 'utf8')) as Directory;
    const updated = (JSON.parse(readFileSync('locales/de/common.json', 'utf8')) as { data: { updated: string } }).data.updated;
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      const before = await entryCount(page, copy);
      expect(before).toContain(`${directory.entries.length} Einträge`);
      const newer: Directory = { ...directory, version: '2099-01-01T00:00:00Z', asOf: '2099-01-01', entries: directory.entries.slice(1) };
      writeFileSync(file, JSON.stringify(newer));
      await restart(copy);
      // The daily check already ran today: forget it, so the next start asks the server again.
      await setIdbMeta(page, 'lastCheck', undefined);
      await page.reload();
      await screenReady(page);
      // The check found the new file: said at once, while the open screen keeps what it shows.
      await page.locator('.notices .visually-hidden').getByText(updated).waitFor({ state: 'attached', timeout: 30_000 });
      expect(await page.locator('.about').textContent()).toBe(before);
      await page.goto(`${copy.url}#/settings`);
      await screenReady(page);
      expect(await entryCount(page, copy)).toContain(`${newer.entries.length} Einträge`);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
