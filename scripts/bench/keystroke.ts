/**
 * The keystroke as the user has it: the production build in Chromium with the page's CPU slowed
 * 4× (CDP Emulation.setCPUThrottlingRate; on the starts that build the search index, which the app
 * builds in a worker, each JavaScript thread: see CpuMode), at the real directory and at 1,000 and 10,000 generated
 * entries, stored as a newer data update (as scripts/bench/idb.ts does) so the app itself loads them.
 * 1. Ready: the home is drawn with its data, then the list screen is opened (hash change) at once,
 *    and again 3 s later; measured until the list screen is drawn, the search answers, and no
 *    long task (> 50 ms) followed for 2 s (long tasks watched until 2 s after the complete
 *    index is ready; keystroke-figures.ts). The first start
 *    after the entries were stored builds the index and stores it (its own rows: until its
 *    early index answers, and until the complete one is ready; the benchmark waits for the app's
 *    stored mark; 3 times, the entries written again before each); the later starts read it from
 *    the device (3 times each). Three more such starts that build the index, where a query is
 *    typed from the moment the search box is drawn: input to paint of the keys pressed before
 *    the complete index was ready.
 * 2. Typing: the queries of scripts/bench/search.ts typed into the list's search box one
 *    character at a time with real key events (playwright keyboard), 150 ms apart; the first
 *    3 queries once more before, untimed except the first key of the first one: the page's first
 *    search (its own row, 3 pages). Between queries the box is emptied and the page left quiet.
 * Figures: search + list model per key (the app's own User Timing measure), input to paint per
 * key (Event Timing API), list renders per key (the app's render mark), and the time from the last
 * key to the paint of the final result. Run alone: npx tsx scripts/bench/keystroke.ts --dist dist
 * (`--sizes real,10000` for some sizes; `--cpu cdp|threads` for the starts that build the index;
 * `--built-only` for the starts that build the index alone, a few minutes instead of a quarter hour).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { Directory } from '../../src/directory/types';
import { distFromArgs, freshProfile, serve } from './browser';
import { drawnAfter, inputToPaint, longTasksAfter, readyAfter, rendersPerKey, resultAfterLastKey, resultOfEachKey, typedBeforeComplete } from './keystroke-figures';
import { OPEN_LIST_PARAM, PAGE_SCRIPT, RESET_SCRIPT, type PageLog } from './keystroke-page';
import { formatValue, mark, quantile, round1 } from './report';
import { generateEntries } from './generate';
import { QUERIES } from './search';
import { screenReady } from '../../tests/e2e/ready';
import { seedDirectory, storageBundle } from './seed';
import { throttleThreads, threadsAvailable } from './thread-throttle';
import type { BenchRow } from './types';

/** CPU slowdown of the page: roughly an old Android phone against this machine. */
export const CPU_SLOWDOWN = 4;
/** Pause between two keys: a quick typist on a phone. */
export const KEY_PAUSE_MS = 150;
/** The goals (issue 15): per key, and for the screen and the result. */
export const GOALS = { model: 16, paint: 50, ready: 500, result: 200, renders: 1 } as const;
const READY_RUNS = 3;
/**
 * Starts that build the index, and first keys of a page's first search, each a median of this
 * many: one run each moved by half between runs of the same build on a slow machine.
 */
const ONCE_RUNS = 3;
/** A user who looks at the home for a moment before opening the search. */
const HOME_PAUSE_MS = 3000;
const WARMUP_QUERIES = 3;
const SEED = 7;

/**
 * How the CPU is slowed on the starts that build the index: `cdp` (Emulation.setCPUThrottlingRate)
 * slows the page's main thread only, and the index builder's worker would run at full speed;
 * `threads` (thread-throttle.ts, root on Linux) slows the main thread and each worker alike. The
 * default is `threads` where the machine allows it, else `cdp`, and each row says which. Every
 * other row is measured with CDP, comparable with the runs before workers were slowed.
 */
export type CpuMode = 'cdp' | 'threads';

interface Slowdown {
  readonly slow: (page: Page) => Promise<void>;
  readonly full: (page: Page) => Promise<void>;
  readonly stop: () => void;
}

function slowdown(mode: CpuMode): Slowdown {
  if (mode === 'cdp') {
    const rate = (rate: number) => async (page: Page) => void (await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate }));
    return { slow: rate(CPU_SLOWDOWN), full: rate(1), stop: () => undefined };
  }
  const throttle = throttleThreads(CPU_SLOWDOWN);
  throttle.active = false;
  return {
    slow: async () => void (throttle.active = true),
    full: async () => void (throttle.active = false),
    stop: () => {
      const seen = throttle.seen();
      throttle.stop();
      // A run that slowed no worker measured none: say so beside its figures.
      console.log(`threads slowed: ${seen.pages} page main threads, ${seen.workers} workers`);
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (page: Page) => page.evaluate(() => (window as unknown as { __ks: PageLog }).__ks);

/** Waits until nothing on the page has changed for `quiet` ms. */
async function settle(page: Page, quiet = 600): Promise<void> {
  for (;;) {
    const idle = await page.evaluate(() => performance.now() - (window as unknown as { __ks: PageLog }).__ks.lastMutation);
    if (idle >= quiet) return;
    await wait(quiet - idle + 20);
  }
}

/** Ms until the search box is drawn (drawnAfter), until the search answers, and until its complete index is ready (readyAfter). */
interface Ready {
  readonly drawn: number;
  readonly answers: number;
  readonly complete: number;
  /** The long tasks from the opening until 2 s after the search answers in full. */
  readonly longTasks: ReturnType<typeof longTasksAfter>;
}

/**
 * Loads the app, waits for its home and then `after` ms, and opens the list: when it did, in the
 * page's clock. At once (`after` 0) the page opens it itself, in the task in which the app marks the
 * home drawn (keystroke-page.ts): opened from here, after seeing that mark, it was opened 13–41 ms
 * later (two messages through the slowed page), time the start went on meanwhile, uncounted.
 */
async function startThenOpenList(page: Page, url: string, after = 0): Promise<number> {
  if (after === 0) {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}${OPEN_LIST_PARAM}`);
    await page.waitForFunction(() => (window as unknown as { __ks: PageLog }).__ks.opened.length > 0, undefined, { timeout: 120_000 });
    return page.evaluate(() => (window as unknown as { __ks: PageLog }).__ks.opened[0] ?? Number.NaN);
  }
  await page.goto(url);
  await screenReady(page, 120_000);
  await wait(after);
  return page.evaluate(() => {
    const at = performance.now();
    location.hash = '#/list';
    return at;
  });
}

/** Waits for the app's mark that the search is ready. */
async function readyMark(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __ks: PageLog }).__ks.ready.length > 0, undefined, { timeout: 120_000 });
}

/** Starts the app at `url`, opens the list `after` ms after the home is drawn with its data; ms until ready to type. */
async function openList(page: Page, url: string, after: number): Promise<Ready> {
  const openedAt = await startThenOpenList(page, url, after);
  await readyMark(page);
  // Long tasks that still follow (the rest of a build, a render) count against readiness.
  await wait(2000);
  const got = await log(page);
  return {
    drawn: drawnAfter(got, openedAt),
    answers: readyAfter(got, openedAt),
    complete: readyAfter(got, openedAt, true),
    longTasks: longTasksAfter(got, openedAt),
  };
}

/** Typed at once on a start that builds the index: long enough to last through most of a build of 10,000 entries. */
const TYPED_WHILE_BUILT = 'Jobcenter Werra-Meißner Eschwege Beratung';

/**
 * A start that builds the index: the list opened right after the home, and TYPED_WHILE_BUILT
 * typed from the moment its search box is drawn, as someone does who does not wait. Input to
 * paint of the keys pressed before the complete index was ready (`before`; the others are left
 * out), and of all keys in the order typed (`all`: the same keys whenever the build ends, so
 * builds of different length compare key by key).
 */
async function typeWhileBuilding(page: Page, url: string): Promise<{ before: number[]; all: number[] }> {
  await startThenOpenList(page, url);
  const box = page.locator('#list-q');
  await box.waitFor({ timeout: 120_000 });
  await box.click();
  for (const char of Array.from(TYPED_WHILE_BUILT)) {
    await page.keyboard.type(char);
    await wait(KEY_PAUSE_MS);
  }
  await readyMark(page);
  await wait(1000);
  const got = await log(page);
  return { before: typedBeforeComplete(got), all: inputToPaint(got) };
}

/** Waits for the app's mark that the search index it built is stored on the device. */
async function storedMark(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __ks: PageLog }).__ks.stored.length > 0, undefined, { timeout: 120_000 });
}

/**
 * Waits until the list has taken what the box holds: it does so right after the frame that shows
 * the box's text (src/finder/use-typed-query.ts), in a timer set in that frame; this one is set
 * after it.
 */
async function listTookBox(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Types one query a character at a time; returns what the page logged meanwhile. */
async function typeQuery(page: Page, query: string): Promise<PageLog> {
  const box = page.locator('#list-q');
  await box.fill('');
  // The emptied box's list (the topic tiles) drawn before the page is watched for quiet.
  await listTookBox(page);
  await settle(page);
  await page.evaluate(RESET_SCRIPT);
  for (const char of Array.from(query)) {
    await page.keyboard.type(char);
    await wait(KEY_PAUSE_MS);
  }
  await wait(1000);
  await settle(page);
  const typed = await box.inputValue();
  if (typed !== query) throw new Error(`the box holds "${typed}", not "${query}"`);
  const got = await log(page);
  if (got.keys.length !== Array.from(query).length) throw new Error(`${got.keys.length} keys logged for "${query}"`);
  return got;
}

interface SizeFigures {
  /** First starts after the entries were stored: each builds the index (and stores it). */
  readonly readyBuilt: Ready[];
  /** Input to paint of the keys typed on such starts after the box was drawn and before the complete index was ready. */
  readonly typedWhileBuilt: number[];
  readonly ready: number[];
  readonly readyLater: number[];
  /** Input to paint of the first key typed in the list of a page (the first search after it opened), one per page. */
  readonly firstKey: number[];
  readonly models: number[];
  readonly paints: number[];
  readonly results: number[];
  /** Per key: from the key to the frame that drew its result (resultOfEachKey). */
  readonly keyResults: number[];
  readonly renders: number;
  readonly keys: number;
}

/**
 * Writes `directory` through the app's storage after the first visit stored its index (the write
 * deletes that index), so the next start reads these entries and builds their index: measured
 * ONCE_RUNS times, the entries written again before each. A generated directory is newer than the
 * release, so the app keeps it; the real one is the build's own.
 */
async function measureSize(dist: string, bundle: string, directory: Directory, mode: CpuMode, builtOnly: boolean): Promise<SizeFigures> {
  const served = await serve(dist);
  const profile = freshProfile({ bypassCSP: true });
  const cpu = slowdown('cdp');
  const builtCpu = mode === 'cdp' ? cpu : slowdown(mode);
  try {
    let context = await profile.open();
    await context.addInitScript({ content: PAGE_SCRIPT });
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${served.url}?lang=de`);
    await page.locator('.tiles a').first().waitFor();
    // The first visit builds and stores the bundled entries' index; the write below deletes it.
    await storedMark(page);
    /** The entries written again, and a new start (a cold browser) that will build their index. */
    const startWithNewEntries = async (run: number) => {
      // Written at full speed (the page of the first visit, or of the last start, slowed).
      if (run > 0) await builtCpu.full(page);
      await seedDirectory(page, bundle, directory);
      await context.close();
      context = await profile.open();
      await context.addInitScript({ content: PAGE_SCRIPT });
      page = context.pages()[0] ?? (await context.newPage());
      await builtCpu.slow(page);
    };
    const readyBuilt: Ready[] = [];
    for (let run = 0; run < ONCE_RUNS; run++) {
      await startWithNewEntries(run);
      readyBuilt.push(await openList(page, served.url, 0));
      // The next write, and the later starts, come after what this one stored.
      await storedMark(page);
    }
    const typedWhileBuilt: number[] = [];
    const typedAll: number[][] = [];
    for (let run = 0; run < ONCE_RUNS; run++) {
      await startWithNewEntries(1);
      const typed = await typeWhileBuilding(page, served.url);
      typedWhileBuilt.push(...typed.before);
      typedAll.push(typed.all);
      await storedMark(page);
    }
    if (builtOnly) {
      // Each start's own figures, beside the medians the rows give.
      console.log(JSON.stringify(readyBuilt.map((r) => ({ drawn: Math.round(r.drawn), answers: Math.round(r.answers), complete: Math.round(r.complete), ...r.longTasks }))));
      console.log(`keys typed while the index was built: ${JSON.stringify(typedWhileBuilt.map(Math.round))}`);
      console.log(`every key typed from the box drawn, per start, in order: ${JSON.stringify(typedAll.map((keys) => keys.map(Math.round)))}`);
      await context.close();
      return { readyBuilt, typedWhileBuilt, ready: [], readyLater: [], firstKey: [], models: [], paints: [], results: [], keyResults: [], renders: 0, keys: 0 };
    }
    // The later starts, on the page of the last one: CDP's slowdown, as before workers were slowed.
    await builtCpu.full(page);
    await cpu.slow(page);
    const ready: number[] = [];
    const readyLater: number[] = [];
    // These read the complete index: no early one, so "answers" is "complete".
    for (let run = 0; run < READY_RUNS; run++) ready.push((await openList(page, served.url, 0)).answers);
    for (let run = 0; run < READY_RUNS; run++) readyLater.push((await openList(page, served.url, HOME_PAUSE_MS)).answers);
    const rebuilt = await page.evaluate(() => (window as unknown as { __ks: PageLog }).__ks.stored.length);
    if (rebuilt > 0) throw new Error('a later start built and stored the index again instead of reading it');
    // The first key of a page's first search: its own row, since the warm-up hides it from the
    // others. The list is open 3 s after the home (the last start above), then in a new start each.
    const firstKey: number[] = [];
    for (let run = 0; run < ONCE_RUNS; run++) {
      if (run > 0) await openList(page, served.url, HOME_PAUSE_MS);
      await page.locator('#list-q').click();
      firstKey.push(inputToPaint(await typeQuery(page, QUERIES[0] ?? 'Jobcenter'))[0] ?? Number.NaN);
    }
    for (const query of QUERIES.slice(1, WARMUP_QUERIES)) await typeQuery(page, query);
    const figures = { readyBuilt, typedWhileBuilt, ready, readyLater, firstKey, models: [] as number[], paints: [] as number[], results: [] as number[], keyResults: [] as number[], renders: 0, keys: 0 };
    for (const query of QUERIES) {
      const got = await typeQuery(page, query);
      figures.models.push(...got.models);
      figures.paints.push(...inputToPaint(got));
      figures.results.push(resultAfterLastKey(got));
      figures.keyResults.push(...resultOfEachKey(got));
      figures.renders += rendersPerKey(got) * got.keys.length;
      figures.keys += got.keys.length;
    }
    // The app must have searched the entries it was given: its list of all entries counts them.
    await page.locator('#list-q').fill('');
    await listTookBox(page);
    await settle(page);
    await page.evaluate(() => (location.hash = '#/list?all=1'));
    await screenReady(page, 120_000);
    await settle(page);
    const count = Number((await page.locator('.list-count').textContent())?.replace(/\D/g, ''));
    if (count !== directory.entries.length) throw new Error(`the app lists ${count} entries, not ${directory.entries.length}`);
    await context.close();
    return figures;
  } finally {
    cpu.stop();
    if (builtCpu !== cpu) builtCpu.stop();
    await served.stop();
    profile.remove();
  }
}

/** The rows of the starts that build the index (--built-only). */
const BUILT_ROWS = ['index built', 'same starts', 'index is built'];

function rows(label: string, f: SizeFigures, mode: CpuMode, builtOnly: boolean): BenchRow[] {
  const p = (values: number[], q: number) => round1(quantile(values, q));
  const at = `${label}, ${CPU_SLOWDOWN}× CPU`;
  // The starts that build the index: the builder's worker slowed too, or not (then said).
  const atBuilt = `${at} ${mode === 'threads' ? '(main thread and workers, CPU quotas)' : '(CDP: the page only, the index builder’s worker at full speed)'}`;
  // The starts that build the index: the median of one figure of each.
  const built = (pick: (r: Ready) => number) => p(f.readyBuilt.map(pick), 0.5);
  const all: BenchRow[] = [
    { name: `keystroke: search + list model p50, ${at}`, value: p(f.models, 0.5), unit: 'ms' },
    { name: `keystroke: search + list model p95, ${at}`, value: p(f.models, 0.95), unit: 'ms', goal: `≤ ${GOALS.model} ms` },
    { name: `keystroke: input to paint p50, ${at}`, value: p(f.paints, 0.5), unit: 'ms' },
    { name: `keystroke: input to paint p95, ${at}`, value: p(f.paints, 0.95), unit: 'ms', goal: `≤ ${GOALS.paint} ms` },
    { name: `keystroke: input to paint of the first key of a page's first search (list opened, then typed), median of ${ONCE_RUNS} pages, ${at}`, value: p(f.firstKey, 0.5), unit: 'ms', goal: `≤ ${GOALS.paint} ms` },
    { name: `keystroke: list renders per key, ${at}`, value: Math.round((f.renders / f.keys) * 100) / 100, unit: 'renders', goal: `≤ ${GOALS.renders}` },
    { name: `keystroke: result of each key (until its rows are drawn; the key's own frame shows it in the box) p50, ${at}`, value: p(f.keyResults, 0.5), unit: 'ms' },
    { name: `keystroke: result of each key p95, ${at}`, value: p(f.keyResults, 0.95), unit: 'ms' },
    { name: `keystroke: result after the last key p50, ${at}`, value: p(f.results, 0.5), unit: 'ms' },
    { name: `keystroke: result after the last key p95, ${at}`, value: p(f.results, 0.95), unit: 'ms', goal: `≤ ${GOALS.result} ms` },
    { name: `keystroke: search box drawn (keys answered, results not yet), opened at once, first start after the data was stored, index built, median of ${ONCE_RUNS}, ${atBuilt}`, value: built((r) => r.drawn), unit: 'ms' },
    { name: `keystroke: search ready to type, opened at once, first start after the data was stored, index built (answers from names, keywords, topics, towns), median of ${ONCE_RUNS}, ${atBuilt}`, value: built((r) => r.answers), unit: 'ms', goal: `≤ ${GOALS.ready} ms` },
    { name: `keystroke: search complete (descriptions too), opened at once, same starts, median of ${ONCE_RUNS}, ${atBuilt}`, value: built((r) => r.complete), unit: 'ms' },
    { name: `keystroke: input to paint p95 of keys typed while the index is built (typed from the moment the box is drawn, before the complete index), same kind of starts, ${ONCE_RUNS} starts, ${atBuilt}`, value: p(f.typedWhileBuilt, 0.95), unit: 'ms', goal: `≤ ${GOALS.paint} ms`, ...(f.typedWhileBuilt.length === 0 ? { none: 'no key: the complete index was ready before the first key' } : {}) },
    { name: `keystroke: keys typed while the index is built, ${ONCE_RUNS} starts, ${atBuilt}`, value: f.typedWhileBuilt.length, unit: 'keys' },
    { name: `keystroke: long tasks (over 50 ms) from the opening until 2 s after the complete index, same starts, median of ${ONCE_RUNS}, ${atBuilt}`, value: built((r) => r.longTasks.count), unit: 'tasks' },
    { name: `keystroke: longest of them (a key typed meanwhile waits for it), same starts, median of ${ONCE_RUNS}, ${atBuilt}`, value: built((r) => r.longTasks.longest), unit: 'ms' },
    { name: `keystroke: their sum, same starts, median of ${ONCE_RUNS}, ${atBuilt}`, value: built((r) => r.longTasks.total), unit: 'ms' },
    { name: `keystroke: search ready to type, opened at once, index read from the device, median of ${READY_RUNS}, ${at}`, value: p(f.ready, 0.5), unit: 'ms', goal: `≤ ${GOALS.ready} ms` },
    { name: `keystroke: search ready to type, opened ${HOME_PAUSE_MS / 1000} s after the home, index read from the device, median of ${READY_RUNS}, ${at}`, value: p(f.readyLater, 0.5), unit: 'ms', goal: `≤ ${GOALS.ready} ms` },
    { name: `keystroke: keys timed, ${at}`, value: f.keys, unit: 'keys' },
  ];
  return builtOnly ? all.filter((row) => BUILT_ROWS.some((part) => row.name.includes(part))) : all;
}

/** The sizes measured: "real" (the build's own directory) and generated entry counts. */
export type KeystrokeSize = 'real' | number;

/**
 * The keystroke rows at the real directory's size and at 1,000 and 10,000 generated entries
 * (or the sizes given: `--sizes real,10000` when run alone, for a quicker look at one size).
 */
export async function keystrokeBench(
  dist: string,
  sizes: readonly KeystrokeSize[] = ['real', 1000, 10_000],
  mode: CpuMode = threadsAvailable() ? 'threads' : 'cdp',
  builtOnly = false,
): Promise<BenchRow[]> {
  const bundle = await storageBundle();
  const shipped = JSON.parse(readFileSync(join(dist, 'data/directory.json'), 'utf8')) as Directory;
  const out: BenchRow[] = [];
  if (sizes.includes('real')) out.push(...rows(`real directory (${shipped.entries.length} entries)`, await measureSize(dist, bundle, shipped, mode, builtOnly), mode, builtOnly));
  for (const n of sizes.filter((s): s is number => typeof s === 'number')) {
    // Newer than the release: the app keeps it and every start reads these entries.
    const directory: Directory = { ...shipped, version: '2099-01-01T00:00:00Z', entries: generateEntries(n, SEED) };
    out.push(...rows(`${n.toLocaleString('en')} generated entries`, await measureSize(dist, bundle, directory, mode, builtOnly), mode, builtOnly));
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map((s) => (s === 'real' ? 'real' : Number(s))) : undefined;
  const cpu = process.argv.includes('--cpu') ? (process.argv[process.argv.indexOf('--cpu') + 1] as CpuMode) : undefined;
  if (cpu !== undefined && cpu !== 'cdp' && cpu !== 'threads') throw new Error(`--cpu ${String(cpu)}: cdp or threads`);
  for (const row of await keystrokeBench(distFromArgs(), sizes, cpu, process.argv.includes('--built-only'))) console.log(`${row.name}  ${formatValue(row)} ${row.goal ?? ''} ${mark(row)}`);
}
