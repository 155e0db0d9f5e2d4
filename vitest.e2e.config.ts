import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's) driven by playwright-core, against the production build
// served by `vite preview` on 127.0.0.1 with its real service worker and real IndexedDB.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Two cores: two browsers at a time is what the machine carries without flaky timeouts.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
