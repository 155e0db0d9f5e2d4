/**
 * The benchmarks' large directory and how it gets onto the device: the app's own storage code
 * (src/storage, bundled for the page) writes it, as a data update newer than any release, so the
 * app keeps it (an older or equal bundled directory never replaces a newer stored one) and every
 * later start reads it.
 */
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { Directory } from '../../src/directory/types';
import { generateEntries } from './generate';

/** Entries of the large directory. */
export const BENCH_ENTRIES = 10_000;
const SEED = 11;

/** What the page exposes after the storage bundle is added (see storageBundle). */
export interface StorageGlobals {
  WegweiserStorage: typeof import('../../src/storage');
}

/**
 * The shipped directory's region and entries (the emergency numbers, the town halls: what a first
 * screen draws from) followed by generated ones as heavy as real ones, 10,000 in all.
 */
export function benchDirectory(shipped: Directory, total = BENCH_ENTRIES): Directory {
  const generated = generateEntries(Math.max(0, total - shipped.entries.length), SEED);
  return { ...shipped, version: '2099-01-01T00:00:00Z', entries: [...shipped.entries, ...generated].slice(0, total) };
}

/** src/storage as one classic script, so a page of the production build can run the app's own code. */
export async function storageBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: 'src/storage/index.ts', formats: ['iife'], name: 'WegweiserStorage' },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: readonly { type: string; code?: string }[] };
  const chunk = first.output.find((c) => c.type === 'chunk');
  if (!chunk?.code) throw new Error('the storage bundle was not built');
  return chunk.code;
}

/**
 * Writes the directory `runs` times through openAppStorage().saveDirectory() in a page of the app
 * (its profile must bypass the app's CSP); returns the write times in ms.
 */
export async function seedDirectory(page: Page, bundle: string, directory: Directory, runs = 1): Promise<number[]> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    async ({ directory, runs }) => {
      const storage = await (window as unknown as StorageGlobals).WegweiserStorage.openAppStorage();
      if (storage.kind !== 'idb') throw new Error(`IndexedDB unavailable in the page: ${storage.problem ?? ''}`);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await storage.saveDirectory(directory);
        times.push(performance.now() - start);
      }
      return times;
    },
    { directory, runs },
  );
}
