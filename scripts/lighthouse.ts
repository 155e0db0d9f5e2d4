/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, default simulated throttling) on the production
 * build served on 127.0.0.1, three runs per language (`?lang=xx`: the app saves it and skips the
 * picker; Lighthouse clears the site's storage before each run; each run starts its own Chromium).
 * Prints per language the median of the three runs for every score and for the largest contentful
 * paint (with the three LCPs beside it), and the audits that cost points in the median run; writes
 * every JSON report to .lighthouse/<lang>-<run>.json.
 * Usage: npx tsx scripts/lighthouse.ts [--dist <build folder>]   (default dist/)
 * Scores are reported, not enforced; exit 1 only when a run could not be made.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumVersion, distFromArgs, findChromium, serve } from './bench/browser';
import { markdownTable } from './bench/report';

const LANGS = ['de', 'uk', 'ar', 'fa-AF'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The aims: a category without an entry here is only reported. */
const AIMS: Partial<Record<(typeof CATEGORIES)[number], number>> = { performance: 98, accessibility: 100, 'best-practices': 100 };
/** Largest contentful paint aim, in ms (issue 15: the floor on this simulated network is about 1 s). */
const LCP_AIM = 1200;
/** Runs per language: one run varies by a tenth of a second and more; the median of three less. */
const RUNS = 3;
const OUT_DIR = '.lighthouse';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const lcpOf = (lhr: Result): number => lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;

/** Audits of a category that lost points: id, score and what it points at. */
function failing(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => audit && ref.weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ audit }) => {
      const shown = audit?.displayValue ? ` (${audit.displayValue})` : '';
      return `${audit?.id}: score ${Math.round((audit?.score ?? 0) * 100)}${shown}: ${audit?.title}`;
    });
}

async function runOne(url: string, chromePath: string): Promise<Result> {
  // chrome-launcher adds its own remote-debugging flags; these are the machine's (headless, no sandbox).
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

async function main(): Promise<number> {
  const dist = distFromArgs();
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  const version = await chromiumVersion();
  mkdirSync(OUT_DIR, { recursive: true });
  const served = await serve(dist);
  const rows: string[][] = [];
  const notes: string[] = [];
  let broken = 0;
  let lighthouseVersion = '?';
  try {
    for (const lang of LANGS) {
      const runs: Result[] = [];
      for (let run = 1; run <= RUNS; run++) {
        process.stderr.write(`lighthouse: ${lang}, run ${run} of ${RUNS} …\n`);
        try {
          const lhr = await runOne(`${served.url}?lang=${lang}`, chromePath);
          lighthouseVersion = lhr.lighthouseVersion;
          writeFileSync(join(OUT_DIR, `${lang}-${run}.json`), JSON.stringify(lhr, null, 1));
          runs.push(lhr);
        } catch (error) {
          broken++;
          notes.push(`${lang}, run ${run}: the run failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (runs.length === 0) {
        rows.push([lang, ...CATEGORIES.map(() => '–'), '–', '–', '–']);
        continue;
      }
      const score = (lhr: Result, c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const cells = CATEGORIES.map((c) => {
        const aim = AIMS[c];
        const value = median(runs.map((r) => score(r, c)));
        return `${value}${aim === undefined ? '' : value >= aim ? ' ✓' : ' ✗'}`;
      });
      const lcps = runs.map(lcpOf);
      const lcp = median(lcps);
      // The run whose LCP is the median one: its failing audits are listed.
      const middle = runs[lcps.indexOf(lcp)] ?? runs[0];
      // Lighthouse's CPU index of this machine at the time of the runs: below ~1000 the figures
      // (blocking time above all) say more about a busy machine than about the app.
      rows.push([
        lang,
        ...cells,
        `${Math.round(lcp)} ms${lcp <= LCP_AIM ? ' ✓' : ' ✗'}`,
        lcps.map((v) => Math.round(v)).join(' / '),
        runs.map((r) => Math.round(r.environment.benchmarkIndex)).join(' / '),
      ]);
      if (middle) for (const c of CATEGORIES) for (const f of failing(middle, c)) notes.push(`${lang} ${c}: ${f}`);
    }
  } finally {
    await served.stop();
  }
  console.log(`Lighthouse ${lighthouseVersion} of ${dist}/, mobile, simulated throttling, median of ${RUNS} runs per language (${new Date().toISOString()})\n`);
  console.log(markdownTable(['lang', ...CATEGORIES, 'LCP (median)', 'LCP of each run', 'CPU index of each run'], rows, [1, 2, 3, 4, 5]));
  console.log(`\nAims: performance ≥ 98, accessibility 100, best practices 100, LCP ≤ ${LCP_AIM} ms. Chromium ${version}. Reports: ${OUT_DIR}/<lang>-<run>.json`);
  if (notes.length) console.log(`\nWhat cost points (in the median run):\n${notes.map((n) => `- ${n}`).join('\n')}`);
  return broken ? 1 : 0;
}

process.exitCode = await main();
