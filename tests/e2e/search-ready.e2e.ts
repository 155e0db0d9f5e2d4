import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, firstVisit, newContext } from './helpers';
import { idbMeta } from './idb';
import { browser } from './session';


/**
 * Holds the search index's build at its first pause: the app gives the main thread back with
 * scheduler.postTask (src/finder/slices.ts), and this one waits until the test opens the gate.
 */
const GATE = `(() => {
  const waiting = [];
  let open = false;
  window.__slicesWaiting = () => waiting.length;
  window.__openSlices = () => { open = true; waiting.splice(0).forEach((go) => go()); };
  window.__stepSlices = () => waiting.splice(0).forEach((go) => go());
  Object.defineProperty(window, 'scheduler', {
    configurable: true,
    value: { postTask: (task) => (open ? Promise.resolve().then(task) : new Promise((go) => waiting.push(() => go(task())))) },
  });
})();`;

type Gate = { __slicesWaiting(): number; __openSlices(): void; __stepSlices(): void; __searchMarks: string[] };

/** Notes the app's search marks (src/finder/perf-marks.ts) of this page load, in order. */
const MARKS = `(() => {
  window.__searchMarks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.startsWith('wegweiser:search-')) window.__searchMarks.push(e.name);
  }).observe({ type: 'mark' });
})();`;

const marks = (page: Page) => page.evaluate(() => (window as unknown as Gate).__searchMarks);
const rowLinks = (page: Page) => page.locator('.entry-list .entry-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

const status = (page: Page) => page.locator('#list-count');
const firstResult = (page: Page) => page.locator('.entry-list .entry-link').first();

async function heldAtFirstPause(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Gate).__slicesWaiting() > 0);
}

describe('search before its index is ready, and the index kept on the device', () => {
  it('says the search is getting ready, answers from names first and says more may come, then answers in full; a reload offline reads the stored index without building', async () => {
    const context = await newContext(browser);
    await context.addInitScript({ content: GATE });
    await context.addInitScript({ content: MARKS });
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

    // One slice at a time, until the early index (names, keywords, topics, towns) answers.
    const notDone = 'Die Suche ist noch nicht fertig. Gleich kommen vielleicht mehr.';
    for (let i = 0; i < 1000 && !(await status(page).textContent())?.endsWith(notDone); i++) {
      await page.evaluate(() => (window as unknown as Gate).__stepSlices());
      await page.waitForFunction(() => (window as unknown as Gate).__slicesWaiting() > 0);
    }
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
    expect(await page.evaluate(() => (window as unknown as Gate).__slicesWaiting())).toBe(0);
    // Ready, and nothing stored again: the index was read, not built.
    await page.waitForFunction(() => document.getElementById('main')?.dataset.ready !== undefined);
    expect(await marks(page)).toEqual(['wegweiser:search-ready']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
