import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, firstVisit, launch, newContext } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Holds the search index's build at its first pause: the app gives the main thread back with
 * scheduler.yield (src/finder/slices.ts), and this one waits until the test opens the gate.
 */
const GATE = `(() => {
  const waiting = [];
  let open = false;
  window.__slicesWaiting = () => waiting.length;
  window.__openSlices = () => { open = true; waiting.splice(0).forEach((go) => go()); };
  Object.defineProperty(window, 'scheduler', {
    configurable: true,
    value: { yield: () => (open ? Promise.resolve() : new Promise((go) => waiting.push(go))) },
  });
})();`;

type Gate = { __slicesWaiting(): number; __openSlices(): void };

const status = (page: Page) => page.locator('#list-count');
const firstResult = (page: Page) => page.locator('.entry-list .entry-link').first();

async function heldAtFirstPause(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Gate).__slicesWaiting() > 0);
}

describe('search before its index is ready', () => {
  it('says the search is getting ready, then answers what was typed; again after a reload', async () => {
    const context = await newContext(browser);
    await context.addInitScript({ content: GATE });
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    // A slower CPU, so the build surely runs longer than one 8 ms slice and reaches a pause.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
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

    await page.evaluate(() => (window as unknown as Gate).__openSlices());
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    expect(await status(page).textContent()).toMatch(/^\d+ Ergebnisse?$/);

    // The second start: the query comes from the URL, the index is built again from storage.
    await page.reload();
    await box.waitFor();
    await heldAtFirstPause(page);
    expect(await box.inputValue()).toBe('Jobcenter');
    await expect.poll(() => status(page).textContent()).toBe('Die Suche wird vorbereitet …');
    await page.evaluate(() => (window as unknown as Gate).__openSlices());
    await expect.poll(() => firstResult(page).textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    expect(errors).toEqual([]);
    await context.close();
  });
});
