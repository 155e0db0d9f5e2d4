import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Directory, Entry } from '../../src/directory/types';
import { firstVisit, newContext, restart, serveCopy, stop } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';

// Texts that would run code or make elements if any screen inserted data as HTML.
const NAME = '<img src=x onerror="window.__pwned=1" data-pwned="name">Amt';
const TEXT = '"><script>window.__pwned=2</script><b data-pwned="text">fett</b>';
const STREET = '<svg onload="window.__pwned=3" data-pwned="street">';


async function unharmed(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('[data-pwned]').count()).toBe(0);
}

describe('texts from the data are text', () => {
  it('shows hostile strings literally on the list, the detail, the map popup and the show-card', async () => {
    const copy = await serveCopy();
    // The shipped file is trusted by the app (it was validated at build time); poison it here to
    // prove that even then nothing from the data becomes HTML.
    const file = join(copy.dir, 'data', 'directory.json');
    const directory = JSON.parse(readFileSync(file, 'utf8')) as Directory;
    const target = directory.entries.find((e) => e.location && e.address)!;
    const poisoned: Entry = {
      ...target,
      name: NAME,
      description: { de: TEXT, uk: TEXT, ar: TEXT, 'fa-AF': TEXT },
      address: { ...target.address!, street: STREET },
    };
    writeFileSync(file, JSON.stringify({ ...directory, entries: directory.entries.map((e) => (e.id === target.id ? poisoned : e)) }));
    await restart(copy);
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await firstVisit(page, 'ar', copy.url);
      for (const screen of [`list?q=${encodeURIComponent('onerror pwned')}`, `list?cat=${target.category}`, `e/${target.id}`, `card/${target.id}`, `pair/${target.id}`, `map?focus=${target.id}`]) {
        await page.goto(`${copy.url}#/${screen}`);
        await screenReady(page);
        await unharmed(page);
        // Every screen, the search result too (the query matches only the poisoned name), shows it as typed.
        const text = (await page.locator('main').innerText()) + ((await page.locator('.leaflet-popup').count()) ? await page.locator('.leaflet-popup').innerText() : '');
        expect(text, `#/${screen} shows the name as typed`).toContain('<img src=x');
      }
      expect(await page.locator('.leaflet-popup').innerText()).toContain('<img src=x');
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
