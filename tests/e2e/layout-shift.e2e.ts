import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newContext } from './helpers';
import { browser } from './session';

type Lang = 'de' | 'uk' | 'ar' | 'fa-AF';
const LANGS: Lang[] = ['de', 'uk', 'ar', 'fa-AF'];
// The one-time "works offline now" notice, in each language, read from the locale files.
const ready = (lang: Lang) => (JSON.parse(readFileSync(`locales/${lang}/notices.json`, 'utf8')) as { offline: { ready: string } }).offline.ready;


/** Starts counting layout shifts from the page's first moment (buffered), as Lighthouse does. */
const observe = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        // Shifts right after a tap or key are the user's own doing; CLS leaves them out too.
        if (!e.hadRecentInput) w.__shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? String(s.node?.nodeName)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
const sum = (list: { value: number }[]) => list.reduce((s, e) => s + e.value, 0);

describe('nothing on screen moves while the app starts', () => {
  for (const width of [412, 360]) {
    for (const lang of LANGS) {
      it(`${lang} at ${width} px: first visit with ?lang and the second start`, async () => {
        const context = await newContext(browser, { viewport: { width, height: 823 } });
        const page = await context.newPage();
        await observe(page);
        await page.goto(`${baseURL()}?lang=${lang}`);
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
        // The notice that comes last on a first visit: wait for it, then for the end of its frame.
        await page.getByText(ready(lang)).waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const first = await shifts(page);
        console.log(`layout shift ${lang} ${width}px first visit: ${sum(first).toFixed(4)}`, JSON.stringify(first));
        // Drawn with the next screen, after a tap (shifts after a tap are left out, as in CLS).
        await page.locator('nav.navbar a').nth(1).click();
        await page.locator('.notice-success').getByText(ready(lang)).waitFor();
        await page.reload();
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => !!navigator.serviceWorker.controller);
        // The directory's tiles are the last thing the home waits for.
        await page.locator('.tile').first().waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const second = await shifts(page);
        console.log(`layout shift ${lang} ${width}px second start: ${sum(second).toFixed(4)}`, JSON.stringify(second));
        expect(sum(first)).toBe(0);
        expect(sum(second)).toBe(0);
        await context.close();
      });
    }
  }
});
