import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { appDefines } from './scripts/app-defines.ts';
import { openingHoursPlugin } from './scripts/vite-opening-hours.ts';

// Plain logic (the directory's rules, storage, build scripts) needs no page: it runs in Node,
// which saves setting up a page for each of those files.
const LOGIC = ['src/directory/**/*.test.ts', 'src/storage/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  // The opening-hours library as it ships: with the region's holidays only (inlined, so the plugin sees it).
  plugins: [preact(), openingHoursPlugin()],
  define: appDefines(),
  test: {
    // Property-based tests run thousands of cases; give them room on a slow CI machine.
    testTimeout: 30_000,
    server: { deps: { inline: ['opening_hours'] } },
    // Two at a time on two cores (Vitest's default leaves one core idle there), in threads,
    // which start faster than processes: 73–77 s instead of 134 s for the whole suite here.
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'page',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: LOGIC,
        },
      },
      {
        extends: true,
        test: { name: 'logic', environment: 'node', setupFiles: ['fake-indexeddb/auto'], include: LOGIC },
      },
    ],
  },
});
