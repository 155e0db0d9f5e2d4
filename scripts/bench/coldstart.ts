/**
 * Offline cold start in Chromium with a 4× CPU slowdown, on the production build:
 * a fresh on-disk profile makes the first visit (chooses a language, waits until the service
 * worker controls the page), then Chromium is closed and the preview server stopped. Each run
 * starts Chromium again on that profile, offline (context.setOffline(true) and no server at all),
 * slows the page's CPU 4× (CDP Emulation.setCPUThrottlingRate) and loads the app.
 *
 * Measured in the page, with performance.now() (0 = navigation start, so the service worker's
 * start-up and its answer from the cache are included): the animation frame in which the first
 * list is on screen, i.e. the home screen's first category tile (`.tiles a`) is in the document.
 * The service worker itself runs at full speed: CDP throttles the page's renderer only.
 * Run alone: npx tsx scripts/bench/coldstart.ts --dist dist
 */
import { pathToFileURL } from 'node:url';
import { distFromArgs, freshProfile, serve } from './browser';
import { quantile, round1 } from './report';
import type { BenchRow } from './types';

/** Offline cold start target on a 4× slowed CPU. */
export const COLDSTART_GOAL_MS = 800;
/** CPU slowdown: roughly an old Android phone against this machine. */
export const CPU_SLOWDOWN = 4;
const RUNS = 5;
const FIRST_LIST = '.tiles a';

interface FirstList {
  /** performance.now() when the first tile was in the document. */
  readonly inDom: number;
  /** performance.now() in the next animation frame callback: the frame that draws it. */
  readonly frame: number;
  readonly controlled: boolean;
  /** Navigation timing: the document answered (by the service worker), and DOMContentLoaded. */
  readonly documentAt: number;
  readonly domReadyAt: number;
}

/**
 * Runs in the page before the app: waits for the first tile and notes the times. (No named inner
 * functions: tsx would wrap them in a helper that does not exist in the page.)
 */
function watchFirstList(selector: string): void {
  const w = window as unknown as { __firstList?: FirstList };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    const inDom = performance.now();
    // performance.now(), not the callback's frame time: that can be older than the tile itself.
    requestAnimationFrame(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      w.__firstList = {
        inDom,
        frame: performance.now(),
        controlled: !!navigator.serviceWorker?.controller,
        documentAt: nav?.responseEnd ?? Number.NaN,
        domReadyAt: nav?.domContentLoadedEventEnd ?? Number.NaN,
      };
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Times of the runs in ms (first list on screen), after a first visit that installs the service worker. */
async function measure(dist: string): Promise<FirstList[]> {
  const profile = freshProfile();
  try {
    const served = await serve(dist);
    let context = await profile.open();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(served.url);
      await page.getByRole('button', { name: 'Deutsch' }).click();
      await page.locator(FIRST_LIST).first().waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await page.locator(FIRST_LIST).first().waitFor();
    } finally {
      await context.close();
      await served.stop();
    }

    const runs: FirstList[] = [];
    // Start 0 is a warm-up: the first start after installing may still finish the worker's set-up.
    for (let run = 0; run <= RUNS; run++) {
      context = await profile.open();
      try {
        await context.setOffline(true);
        await context.addInitScript(watchFirstList, FIRST_LIST);
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await page.goto(served.url);
        await page.waitForFunction(() => !!(window as unknown as { __firstList?: FirstList }).__firstList, undefined, { timeout: 30_000 });
        const result = await page.evaluate(() => (window as unknown as { __firstList: FirstList }).__firstList);
        if (!result.controlled) throw new Error('the page was not served by the service worker');
        if (run > 0) runs.push(result);
      } finally {
        await context.close();
      }
    }
    return runs;
  } finally {
    profile.remove();
  }
}

/** The cold start rows: median and slowest of 5 offline starts at 4× CPU slowdown. */
export async function coldStartBench(dist: string): Promise<BenchRow[]> {
  const runs = await measure(dist);
  const label = `offline cold start, ${CPU_SLOWDOWN}× CPU`;
  const median = (pick: (r: FirstList) => number) => round1(quantile(runs.map(pick), 0.5));
  return [
    { name: `${label}: document from the service worker, median of ${RUNS}`, value: median((r) => r.documentAt), unit: 'ms' },
    { name: `${label}: DOMContentLoaded, median of ${RUNS}`, value: median((r) => r.domReadyAt), unit: 'ms' },
    { name: `${label}: first list in the DOM, median of ${RUNS}`, value: median((r) => r.inDom), unit: 'ms' },
    { name: `${label}: first list drawn, median of ${RUNS}`, value: median((r) => r.frame), unit: 'ms', goal: `≤ ${COLDSTART_GOAL_MS} ms` },
    { name: `${label}: first list drawn, slowest of ${RUNS}`, value: round1(Math.max(...runs.map((r) => r.frame))), unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await coldStartBench(distFromArgs())) console.log(`${row.name}  ${row.value} ${row.unit} ${row.goal ?? ''}`);
}
