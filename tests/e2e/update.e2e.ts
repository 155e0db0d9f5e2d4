import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstVisit, launch, newContext, restart, serveCopy, stop, waitForOffline } from './helpers';

let browser: Browser;
let next: string;
beforeAll(async () => {
  browser = await launch();
  // A second, different release of the app: every file that mentions the version changes.
  next = mkdtempSync(join(tmpdir(), 'wegweiser-next-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, VITE_APP_VERSION: '99.0.0-next' },
    stdio: 'inherit',
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(next, { recursive: true, force: true });
});

describe('a new release while the app is open', () => {
  it('keeps the open app on its own files, offers the update, and migrates storage once', async () => {
    const copy = await serveCopy();
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      // From here on (the reload above may abort the first visit's own requests): nothing may fail.
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      const ownVersion = await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'));

      // The server now has the next release.
      rmSync(copy.dir, { recursive: true });
      cpSync(next, copy.dir, { recursive: true });
      await restart(copy);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const offer = page.getByRole('button', { name: 'Jetzt aktualisieren' });
      await offer.waitFor();

      // Still the old release: a screen never opened before loads the old release's chunk.
      await page.goto(`${copy.url}#/about`);
      await expect(page.locator('.version').textContent()).resolves.not.toContain('99.0.0-next');
      expect(await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'))).toBe(ownVersion);
      expect(failed).toEqual([]);

      await offer.click();
      await page.waitForFunction(() => document.querySelector('.version')?.textContent?.includes('99.0.0-next'), undefined, { timeout: 30_000 });
      const migrations = await page.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('wegweiser');
            open.onsuccess = () => {
              const req = open.result.transaction('meta').objectStore('meta').get('migrations');
              req.onsuccess = () => resolve(req.result);
              req.onerror = () => reject(req.error);
            };
          }),
      );
      expect(migrations).toEqual([1, 2]);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
