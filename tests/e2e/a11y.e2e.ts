import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { distDir } from './chromium';
import { baseURL, firstVisit, newContext, waitForOffline, type LANGUAGE_NAMES } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
const withHours = directory.entries.find((e) => e.openingHours && e.location && e.phones.length)!;

// Every screen of the app, with real data in it.
const SCREENS = [
  '',
  'list',
  `list?cat=${withHours.category}&q=${encodeURIComponent(withHours.name.split(' ')[0]!)}`,
  `e/${withHours.id}`,
  'fav',
  'help',
  'map',
  `card/${withHours.id}`,
  'ukraine',
  'steps/asylum',
  'steps/protection',
  'topic',
  'topic/kinderarzt',
  'list?q=Kita',
  'glossary',
  `pair/${withHours.id}`,
  `way/${withHours.id}`,
  'settings',
  'privacy',
  'about',
];


async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
      document,
      // Only violations are reported: axe then makes selectors for those nodes alone, not for
      // every node that passed (a third of its time here, with the same violations found).
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] },
    ),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Visits every screen in the same page and collects axe violations and sideways scrolling. */
async function checkScreens(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const screen of SCREENS) {
    await page.goto(`${baseURL()}#/${screen}`);
    // The screen with its lazy parts (hours, map, guide texts): axe never scans a half-drawn one.
    await screenReady(page);
    for (const v of await violations(page)) problems.push(`${label} #/${screen} › ${v}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 0) problems.push(`${label} #/${screen} › scrolls sideways by ${wide}px at 320px`);
  }
  return problems;
}

describe('accessibility (axe-core, WCAG 2.1 AA) on every screen, in every language, at 320 px', () => {
  for (const lang of ['de', 'uk', 'ar', 'fa-AF'] as (keyof typeof LANGUAGE_NAMES)[]) {
    it(`${lang}: no violations, no sideways scrolling, on the first visit and after a restart from storage offline`, { timeout: 480_000 }, async () => {
      // The page's CSP forbids injected scripts; axe is injected for the test only.
      const context = await newContext(browser, { bypassCSP: true, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(baseURL());
      await page.getByRole('button', { name: 'Deutsch' }).waitFor();
      const problems: string[] = (await violations(page)).map((v) => `picker › ${v}`);
      await firstVisit(page, lang);
      problems.push(...(await checkScreens(page, 'first visit')));
      // The second start reads everything from IndexedDB and the service worker's cache: another path.
      await page.goto(baseURL());
      await waitForOffline(page);
      await context.setOffline(true);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      problems.push(...(await checkScreens(page, 'restart offline')));
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
