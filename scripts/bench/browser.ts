/**
 * Shared by the browser benchmarks and the Lighthouse run: serve a production build with
 * `vite preview` on 127.0.0.1, start Debian's Chromium on a fresh on-disk profile, and read
 * the build folder from the command line.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { freePort } from '../lib/free-port';

export { CHROMIUM_ARGS, findChromium };

/** A build served on its own port; `stop()` closes the server. */
export interface Served {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/** The build folder from `--dist <dir>` (default dist), checked to contain a build. */
export function distFromArgs(argv: readonly string[] = process.argv.slice(2)): string {
  const at = argv.indexOf('--dist');
  const dist = at >= 0 ? argv[at + 1] : 'dist';
  if (!dist || !existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'sw.js'))) {
    throw new Error(`${dist ?? '(no folder)'}/ holds no production build: run \`npm run build\` (or vite build --outDir <dir>) first.`);
  }
  return dist;
}

/**
 * Serves a build folder in this process (no child process to leave behind). `onRequest` hears the
 * path of every request that reaches the server (not those a service worker answers); `holdMs`
 * holds every request that long before it is answered, as a mobile line's round trip does.
 */
export async function serve(dist: string, onRequest?: (path: string) => void, holdMs = 0): Promise<Served> {
  const port = await freePort();
  const hold: Plugin = {
    name: 'hold-each-request',
    configurePreviewServer(server) {
      // Added here, before Vite's own middlewares: the static files answer after the wait.
      server.middlewares.use((_req, _res, next) => void setTimeout(next, holdMs));
    },
  };
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    plugins: holdMs > 0 ? [hold] : [],
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  if (onRequest) server.httpServer.prependListener('request', (req) => onRequest(new URL(req.url ?? '/', 'http://x').pathname));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** A Chromium profile on disk: IndexedDB and the service worker's caches live in files, as on a phone. */
export interface Profile {
  readonly dir: string;
  /** Starts Chromium on this profile (again): each start is a cold browser with the same data. */
  readonly open: () => Promise<BrowserContext>;
  readonly remove: () => void;
}

/**
 * A fresh, empty profile in a temporary folder. `bypassCSP` lets a benchmark add its own script
 * to a page of the build (the app's Content-Security-Policy allows only its own files).
 */
export function freshProfile(options: { bypassCSP?: boolean } = {}): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-bench-'));
  const executablePath = findChromium();
  return {
    dir,
    open: () =>
      chromium.launchPersistentContext(dir, {
        executablePath,
        args: CHROMIUM_ARGS,
        headless: true,
        locale: 'de-DE',
        serviceWorkers: 'allow',
        viewport: { width: 360, height: 740 },
        bypassCSP: options.bypassCSP ?? false,
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The version string of the Chromium the benchmarks use. */
export async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
