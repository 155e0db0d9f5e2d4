import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineConfig } from 'vitest/config';
import { searchBuildHash } from './scripts/search-build.ts';

// As in vite.config.ts: the region's names from the data, for the home's title before the directory.
const region = parse(readFileSync('data/region.yaml', 'utf8')) as { name: string; names?: Record<string, string> };

export default defineConfig({
  plugins: [preact()],
  define: {
    __REGION_NAMES__: JSON.stringify({ ...region.names, de: region.name }),
    // As in vite.config.ts: the code version in the stored search index's key.
    __SEARCH_BUILD__: JSON.stringify(searchBuildHash()),
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Property-based tests run thousands of cases; give them room on a slow CI machine.
    testTimeout: 30_000,
  },
});
