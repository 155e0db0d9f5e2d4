import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The files that visit every screen in every language take two to three minutes each. Vitest
// starts the largest files first, and these files are short: started last, one of them ran alone
// at the end of a CI run while the other browser had nothing left to do.
const LONGEST = ['a11y', 'rtl-layout', 'header'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const at = LONGEST.findIndex((name) => f.moduleId.endsWith(`/${name}.e2e.ts`));
      return at < 0 ? LONGEST.length : at;
    };
    // A stable sort: the other files keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: LongestFirst },
  },
});
