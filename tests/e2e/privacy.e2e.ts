import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, firstVisit, launch, newContext } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

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
      await page.locator('main h1').first().waitFor();
    }
    // An entry's detail and its show-card, from the data the app itself loaded.
    const id = await page.evaluate(async () => {
      const res = await fetch('data/directory.json');
      return ((await res.json()) as { entries: { id: string }[] }).entries[0]?.id;
    });
    for (const screen of [`e/${id}`, `card/${id}`, `pair/${id}`]) {
      await page.goto(`${baseURL()}#/${screen}`);
      await page.locator('main h1').first().waitFor();
    }
    await page.waitForTimeout(500);
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

  it('deletes all data on request and starts fresh', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'de');
    await page.goto(`${baseURL()}#/privacy`);
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    // After the restart the language picker is back: nothing of the user is left.
    await page.getByRole('button', { name: 'Українська' }).waitFor({ timeout: 10_000 });
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wegweiser.')));
    expect(stored).toEqual([]);
    await context.close();
  });
});
