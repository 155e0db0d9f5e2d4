/**
 * Offline cold start in Chromium with a 4× CPU slowdown, on the production build, with the
 * benchmark directory of 10,000 entries on the device (seed.ts):
 * a fresh on-disk profile makes the first visit (chooses a language, waits until the service
 * worker controls the page), counting on the server how often `data/directory.json` was fetched
 * until then; then the 10,000 entries are stored through the app's own storage code, as a newer
 * data update, and Chromium is closed and the server stopped. Each run starts Chromium again on
 * that profile, offline (context.setOffline(true) and no server at all), slows the page's CPU 4×
 * (CDP Emulation.setCPUThrottlingRate) and loads one route: the home, then the list.
 *
 * Measured in the page, with performance.now() (0 = navigation start, so the service worker's
 * start-up and its answer from the cache are included): the animation frame after everything the
 * screen shows from the data is in the document. The home: its first category tile (`.tiles a`)
 * and the emergency block's numbers (`a.sos-call`, drawn from the directory's emergency entries);
 * the list (`#/list?all=1`): its first entry row. The service worker itself runs at full speed:
 * CDP throttles the page's renderer only. Nothing of Playwright runs in the page until the screen
 * is drawn: the page says so on its console (until 2026-12-02 a page.waitForFunction evaluated
 * Playwright's injected script right after the load event, a task of 165–231 ms at 4× in traces,
 * inside the start it measured).
 * Run alone: npx tsx scripts/bench/coldstart.ts --dist dist
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Directory } from '../../src/directory/types';
import type { Page } from 'playwright-core';
import { distFromArgs, freshProfile, serve } from './browser';
import { quantile, round1 } from './report';
import { BENCH_ENTRIES, benchDirectory, seedDirectory, storageBundle } from './seed';
import type { BenchRow } from './types';

/** Offline cold start target on a 4× slowed CPU, with 10,000 entries stored. */
export const COLDSTART_GOAL_MS = 1000;
/** CPU slowdown: roughly an old Android phone against this machine. */
export const CPU_SLOWDOWN = 4;
const RUNS = 5;
/** The routes started cold, and what must be in the document for each to count as drawn. */
const SCREENS = [
  { name: 'first screen (home: tiles and emergency numbers) drawn', hash: '', selectors: ['.tiles a', 'a.sos-call'] },
  { name: 'first list drawn (#/list opened cold)', hash: '#/list?all=1', selectors: ['.entry-list .entry-row'] },
] as const;

interface Drawn {
  /** performance.now() when every selector matched. */
  readonly inDom: number;
  /** performance.now() in the next animation frame callback: the frame that draws it. */
  readonly frame: number;
  readonly controlled: boolean;
  /** Navigation timing: the document answered (by the service worker), and DOMContentLoaded. */
  readonly documentAt: number;
  readonly domReadyAt: number;
}

/**
 * Runs in the page before the app: waits until every selector matches and notes the times. (No
 * named inner functions: tsx would wrap them in a helper that does not exist in the page.)
 */
function watchDrawn({ selectors, message }: { readonly selectors: readonly string[]; readonly message: string }): void {
  const w = window as unknown as { __drawn?: Drawn };
  const observer = new MutationObserver(() => {
    if (!selectors.every((s) => document.querySelector(s))) return;
    observer.disconnect();
    const inDom = performance.now();
    // performance.now(), not the callback's frame time: that can be older than the element itself.
    requestAnimationFrame(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      w.__drawn = {
        inDom,
        frame: performance.now(),
        controlled: !!navigator.serviceWorker?.controller,
        documentAt: nav?.responseEnd ?? Number.NaN,
        domReadyAt: nav?.domContentLoadedEventEnd ?? Number.NaN,
      };
      // Told through the console, so that nothing of Playwright runs in the page before (see the top).
      console.debug(message);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** What the page writes to its console once the screen is drawn. */
const DRAWN_MESSAGE = 'wegweiser-bench: drawn';

/** Resolves when the page writes `text` to its console; rejects after `ms`. */
function consoleMessage(page: Page, text: string, ms: number): Promise<void> {
  const heard = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the page said nothing within ${ms / 1000} s`)), ms);
    page.on('console', (m) => {
      if (m.text() !== text) return;
      clearTimeout(timer);
      resolve();
    });
  });
  // Awaited only after the navigation: a navigation that fails first must not leave it unhandled.
  heard.catch(() => undefined);
  return heard;
}

interface Measured {
  /** Per screen (SCREENS order), the timed runs. */
  readonly screens: Drawn[][];
  /** How often the server was asked for data/directory.json during the first visit. */
  readonly directoryFetches: number;
}

async function measure(dist: string): Promise<Measured> {
  const shipped = JSON.parse(readFileSync(join(dist, 'data/directory.json'), 'utf8')) as Directory;
  const bundle = await storageBundle();
  const profile = freshProfile({ bypassCSP: true });
  try {
    let directoryFetches = 0;
    const served = await serve(dist, (path) => {
      if (path === '/data/directory.json') directoryFetches++;
    });
    let context = await profile.open();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(served.url);
      await page.getByRole('button', { name: 'Deutsch' }).click();
      await page.locator('.tiles a').first().waitFor();
      // The worker has precached everything: every fetch of the first visit has been made.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const firstVisit = directoryFetches;
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await page.locator('.tiles a').first().waitFor();
      directoryFetches = firstVisit;
      await seedDirectory(page, bundle, benchDirectory(shipped));
    } finally {
      await context.close();
      await served.stop();
    }

    const screens: Drawn[][] = SCREENS.map(() => []);
    // Start 0 is a warm-up: the first start after installing may still finish the worker's set-up.
    for (let run = 0; run <= RUNS; run++) {
      for (const [i, screen] of SCREENS.entries()) {
        context = await profile.open();
        try {
          await context.setOffline(true);
          await context.addInitScript(watchDrawn, { selectors: screen.selectors, message: DRAWN_MESSAGE });
          const page = context.pages()[0] ?? (await context.newPage());
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
          const drawn = consoleMessage(page, DRAWN_MESSAGE, 60_000);
          await page.goto(`${served.url}${screen.hash}`);
          await drawn.catch(async (error: unknown) => {
            const shown = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '?');
            throw new Error(`${screen.name}: not drawn within 60 s (${String(error)}); the page shows: ${shown}`);
          });
          const result = await page.evaluate(() => (window as unknown as { __drawn: Drawn }).__drawn);
          if (!result.controlled) throw new Error('the page was not served by the service worker');
          const rows = await page.locator('.entry-list .entry-row').count();
          if (screen.hash && rows === 0) throw new Error('the list drew no entries');
          if (run > 0) screens[i]?.push(result);
        } finally {
          await context.close();
        }
      }
    }
    return { screens, directoryFetches };
  } finally {
    profile.remove();
  }
}

/** The cold start rows: median and slowest of 5 offline starts per screen at 4× CPU slowdown, and the first visit's fetches. */
export async function coldStartBench(dist: string): Promise<BenchRow[]> {
  const { screens, directoryFetches } = await measure(dist);
  const n = BENCH_ENTRIES.toLocaleString('en');
  const label = `offline cold start, ${CPU_SLOWDOWN}× CPU, ${n} entries stored`;
  const rows: BenchRow[] = [];
  for (const [i, screen] of SCREENS.entries()) {
    const runs = screens[i] ?? [];
    const median = (pick: (r: Drawn) => number) => round1(quantile(runs.map(pick), 0.5));
    const tag = `${label}, ${screen.hash ? 'list' : 'home'}`;
    rows.push(
      { name: `${tag}: document from the service worker, median of ${runs.length}`, value: median((r) => r.documentAt), unit: 'ms' },
      { name: `${tag}: DOMContentLoaded, median of ${runs.length}`, value: median((r) => r.domReadyAt), unit: 'ms' },
      { name: `${label}: ${screen.name}, median of ${runs.length}`, value: median((r) => r.frame), unit: 'ms', goal: screen.hash ? undefined : `≤ ${COLDSTART_GOAL_MS} ms` },
      { name: `${label}: ${screen.name}, slowest of ${runs.length}`, value: round1(Math.max(...runs.map((r) => r.frame))), unit: 'ms' },
    );
  }
  rows.push({ name: 'first visit: data/directory.json fetched from the server until the service worker is ready', value: directoryFetches, unit: 'times', goal: '≤ 1' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await coldStartBench(distFromArgs())) console.log(`${row.name}  ${row.value} ${row.unit} ${row.goal ?? ''}`);
}
