import { existsSync } from 'node:fs';

function findFirst(candidates: (string | undefined)[], install: string): string {
  const found = candidates.filter((p): p is string => Boolean(p)).find((p) => existsSync(p));
  if (!found) {
    throw new Error(`No Chromium found. Install it with \`${install}\` (or set CHROME_PATH). Browser tests and benchmarks fail rather than skip.`);
  }
  return found;
}

/**
 * Debian's Chromium (or CHROME_PATH), the browser people use: the benchmarks and Lighthouse measure
 * it. Throws when there is none.
 */
export function findChromium(): string {
  return findFirst([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'], 'apt-get install -y chromium');
}

/**
 * The browser tests' Chromium: Debian's chromium-headless-shell (or CHROME_PATH), built from the
 * same source and version as its `chromium` (the same Blink, V8, service worker, IndexedDB and
 * printing) without the windowed browser's layers around a headless page. Playwright runs its
 * headless tests on this build too. On a 2-core machine the 119 browser tests took 435 s with it
 * against 645 to 729 s with the full browser. Throws when there is none: tests must not skip.
 */
export function findTestChromium(): string {
  return findFirst([process.env.CHROME_PATH, '/usr/bin/chromium-headless-shell'], 'apt-get install -y chromium-headless-shell');
}

/** Flags that let Chromium run headless as root on a machine without internet. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** For the full browser: its new headless mode (chrome-launcher adds none, playwright the old one). */
export const CHROMIUM_ARGS = ['--headless=new', ...FLAGS];

/** For the headless shell, which is headless by build (playwright adds `--headless`). */
export const TEST_CHROMIUM_ARGS = FLAGS;

/** The build under test: dist/, or another folder (E2E_DIST) when several builds are in play. */
export function distDir(): string {
  return process.env.E2E_DIST ?? 'dist';
}
