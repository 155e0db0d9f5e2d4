/**
 * Search benchmark in Node, without the page (for comparison; the goals are the browser's, in
 * keystroke.ts): index build time and the time of every keystroke while ~20 real-world
 * queries (German, Ukrainian, Arabic, Dari) are typed letter by letter, at the real directory's
 * size and at 1,000 and 10,000 generated entries. Run alone: npx tsx scripts/bench/search.ts
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildIndex, search } from '../../src/directory/search';
import type { Entry, Region } from '../../src/directory/types';
import { generateEntries, stubRegion } from './generate';
import type { BenchRow } from './types';

/** What people type: office words, towns in three scripts, typos. */
export const QUERIES: readonly string[] = [
  'Jobcenter', 'job center', 'Deutschkurs', 'Kinderarzt', 'Tafel Eschwege', 'Beratung Witzenhausen', 'Eschwge',
  'Ausländerbehörde', 'центр зайнятості', 'Ешвеге', 'дитячий лікар', 'курси німецької', 'مركز العمل', 'طبيب أطفال',
  'إشفيغه', 'دورة لغة', 'اشفیگه', 'کورس زبان', 'داکتر اطفال', 'زونترا',
];

const BUILD_RUNS = 5;
// Passes over all queries: the first ones let the JIT settle, the others are timed.
const WARMUP_PASSES = 2;
const TIMED_PASSES = 5;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function typeAll(index: ReturnType<typeof buildIndex>, times: number[] = []): number[] {
  for (const query of QUERIES) {
    const letters = Array.from(query);
    for (let n = 1; n <= letters.length; n++) {
      const typed = letters.slice(0, n).join('');
      const start = performance.now();
      search(index, typed);
      times.push(performance.now() - start);
    }
  }
  return times;
}

function measure(label: string, entries: readonly Entry[], region: Region): BenchRow[] {
  const builds: number[] = [];
  let index = buildIndex(entries, region);
  for (let r = 0; r < BUILD_RUNS; r++) {
    const start = performance.now();
    index = buildIndex(entries, region);
    builds.push(performance.now() - start);
  }
  builds.sort((a, b) => a - b);
  for (let p = 0; p < WARMUP_PASSES; p++) typeAll(index);
  const times: number[] = [];
  for (let p = 0; p < TIMED_PASSES; p++) typeAll(index, times);
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return [
    { name: `search (Node): index build, ${label}`, value: round(quantile(builds, 0.5)), unit: 'ms' },
    { name: `search (Node): distinct words, ${label}`, value: index.words.length, unit: 'words' },
    { name: `search (Node): search() per keystroke median, ${label}`, value: round(quantile(times, 0.5)), unit: 'ms' },
    { name: `search (Node): search() per keystroke p95, ${label}`, value: round(quantile(times, 0.95)), unit: 'ms' },
    { name: `search (Node): keystrokes timed, ${label}`, value: times.length, unit: 'keystrokes' },
  ];
}

/** Benchmarks the search at the real directory size (when given), 1,000 and 10,000 generated entries. */
export async function searchBench(realEntries: readonly Entry[] | null, region: Region): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  if (realEntries) rows.push(...measure(`real directory (${realEntries.length} entries)`, realEntries, region));
  for (const n of [1000, 10_000]) rows.push(...measure(`${n.toLocaleString('en')} generated entries`, generateEntries(n, 7), region));
  return rows;
}

// The project's data when it loads cleanly, else the stub region and no real entries.
async function loadReal(): Promise<{ entries: readonly Entry[] | null; region: Region }> {
  if (!existsSync('data/region.yaml')) return { entries: null, region: stubRegion() };
  try {
    const { loadData } = await import('../lib/load-data');
    const data = await loadData();
    if (data.directory) return { entries: data.directory.entries, region: data.directory.region };
  } catch (error) {
    console.warn(`data not loaded (${String(error)}); using the stub region`);
  }
  return { entries: null, region: stubRegion() };
}

async function main(): Promise<void> {
  const { entries, region } = await loadReal();
  const rows = await searchBench(entries, region);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit.padEnd(10)} ${r.goal ?? ''}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
