/**
 * `npm run bench`: keystroke (in Chromium), search (Node), IndexedDB, offline cold start and
 * first-visit offline-ready figures of a production build, in one Markdown table with each goal
 * and a ✓/✗ mark, and the machine they were measured on.
 * Usage: npx tsx scripts/bench.ts [--dist <build folder>]   (default dist/)
 * Figures are reported, never enforced: a slow machine does not fail. Exit 1 only when a
 * benchmark could not run.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { join } from 'node:path';
import type { Directory } from '../src/directory/types';
import { chromiumVersion, distFromArgs } from './bench/browser';
import { coldStartBench } from './bench/coldstart';
// The lint pattern for the idb package also matches this file's name; this is not that package.
import { idbBench } from './bench/idb';
import { offlineReadyBench } from './bench/offline-ready';
import { formatValue, mark, markdownTable } from './bench/report';
import { keystrokeBench } from './bench/keystroke';
import { searchBench } from './bench/search';
import type { BenchRow } from './bench/types';

async function machine(): Promise<string[]> {
  const cpu = cpus();
  const chromium = await chromiumVersion().catch((error: unknown) => `unknown (${String(error)})`);
  return [
    `CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores; ${type()} ${release()}`,
    `Node ${process.version}; Chromium ${chromium}`,
    `Load average at the start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
  ];
}

async function main(): Promise<number> {
  const dist = distFromArgs();
  const startedAt = new Date().toISOString();
  const info = await machine();
  const shipped = JSON.parse(readFileSync(join(dist, 'data/directory.json'), 'utf8')) as Directory;
  const rows: BenchRow[] = [];
  const broken: string[] = [];
  // One after the other: the browser benchmarks must not share the CPU with the search benchmark.
  const parts: [string, () => Promise<BenchRow[]>][] = [
    ['keystroke', () => keystrokeBench(dist)],
    ['search (Node)', () => searchBench(shipped.entries, shipped.region)],
    ['IndexedDB', () => idbBench(dist)],
    ['cold start', () => coldStartBench(dist)],
    ['offline ready', () => offlineReadyBench(dist)],
  ];
  for (const [name, run] of parts) {
    process.stderr.write(`bench: ${name} …\n`);
    try {
      rows.push(...(await run()));
    } catch (error) {
      broken.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`Benchmarks of ${dist}/ (${startedAt})\n`);
  console.log(
    markdownTable(
      ['measure', 'value', 'goal', ''],
      rows.map((r) => [r.name, formatValue(r), r.goal ?? '', mark(r)]),
      [1],
    ),
  );
  console.log(`\n${info.join('\n')}`);
  for (const b of broken) console.error(`\nbench: could not run ${b}`);
  return broken.length ? 1 : 0;
}

process.exitCode = await main();
