import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from './chromium';
import { baseURL, newContext } from './helpers';
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
