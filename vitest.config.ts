import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { appDefines } from './scripts/app-defines.ts';
import { holidaysPlugin } from './scripts/vite-holidays.ts';

export default defineConfig({
  // The opening-hours library as it ships: with the region's holidays only (inlined, so the plugin sees it).
  plugins: [preact(), holidaysPlugin()],
  define: appDefines(),
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Property-based tests run thousands of cases; give them room on a slow CI machine.
    testTimeout: 30_000,
    server: { deps: { inline: ['opening_hours'] } },
  },
});
