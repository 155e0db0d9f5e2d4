import { existsSync } from 'node:fs';

/** Where Debian's Chromium lives (or CHROME_PATH). Throws when there is none: tests must not skip. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with `apt-get install -y chromium` ' +
        '(or set CHROME_PATH). Browser tests fail rather than skip.',
    );
  }
  return found;
}

/** Flags that let Chromium run headless as root on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The build under test: dist/, or another folder (E2E_DIST) when several builds are in play. */
export function distDir(): string {
  return process.env.E2E_DIST ?? 'dist';
}
