/**
 * How long a first visit takes until the app works offline: a fresh on-disk profile opens the
 * production build, picks German on the language picker, and the clock (performance.now() in the
 * page, 0 = navigation start) stops when `navigator.serviceWorker.ready` resolves: the service
 * worker has installed every file of the release (src/sw.ts) and is active. Until then a user who
 * loses the connection has no offline app.
 *
 * The build is served (browser.ts) with every request held for a fixed delay before it is
 * answered, as a mobile line adds a round trip to each request: 0 ms (this machine's loopback)
 * and 150 ms (a fair 3G/4G round trip). No CPU slowdown: the waiting is the network's.
 * Run alone: npx tsx scripts/bench/offline-ready.ts --dist dist
 */
import { pathToFileURL } from 'node:url';
import { distFromArgs, freshProfile, serve } from './browser';
import { quantile, round1 } from './report';
import type { BenchRow } from './types';

/** Added to every request, in ms. */
export const DELAYS = [0, 150] as const;
const RUNS = 3;
/** A first visit not offline-ready after this long fails the benchmark. */
const READY_LIMIT_MS = 120_000;

/** One first visit in a fresh profile: ms from navigation start until the worker is active. */
async function firstVisitReady(url: string): Promise<number> {
  const profile = freshProfile();
  const context = await profile.open();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    // A worker that never installs fails the run instead of holding it forever.
    return await page.evaluate(
      (limit) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => performance.now()),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the service worker was not installed after ${limit} ms`)), limit)),
        ]),
      READY_LIMIT_MS,
    );
  } finally {
    await context.close();
    profile.remove();
  }
}

export async function offlineReadyBench(dist: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const delay of DELAYS) {
    const served = await serve(dist, undefined, delay);
    try {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push(await firstVisitReady(served.url));
      rows.push({
        name: `first visit: works offline (every file installed), ${delay} ms added to each request, median of ${RUNS}`,
        value: round1(quantile(times, 0.5)),
        unit: 'ms',
      });
    } finally {
      await served.stop();
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await offlineReadyBench(distFromArgs())) console.log(`${row.name}  ${row.value} ${row.unit}`);
}
