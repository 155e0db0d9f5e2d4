import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { inject } from 'vitest';
import { freePort } from '../../scripts/lib/free-port';
import { TEST_CHROMIUM_ARGS, distDir } from './chromium';
import { screenReady } from './ready';

/** The page's uncaught errors, collected from now on (a test expects the list to stay empty). */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** The URL of the served production build. */
export function baseURL(): string {
  return inject('baseURL');
}

/** Starts Debian's Chromium, headless. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromium'), args: TEST_CHROMIUM_ARGS });
}

/** A fresh profile: no service worker, no IndexedDB, no saved language. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseURL(), locale: 'de-DE', serviceWorkers: 'allow', ...options });
}

/** The language picker's button for a language, by its own name. */
export const LANGUAGE_NAMES = { de: 'Deutsch', uk: 'Українська', ar: 'العربية', 'fa-AF': 'دری' } as const;

/** First visit: pick a language and wait until the home screen is there. */
export async function firstVisit(page: Page, lang: keyof typeof LANGUAGE_NAMES, url = baseURL()): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: LANGUAGE_NAMES[lang] }).click();
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** One of the three text sizes, chosen as a user does: in the settings, by the button's name in their language. */
export async function textSize(page: Page, lang: keyof typeof LANGUAGE_NAMES, size: 1 | 2 | 3): Promise<void> {
  await page.goto(`${baseURL()}#/settings`);
  await screenReady(page);
  const settings = JSON.parse(readFileSync(`locales/${lang}/settings.json`, 'utf8')) as Record<string, string>;
  await page.getByRole('button', { name: settings[`size${size}`], exact: true }).click();
  await page.waitForFunction((s) => document.documentElement.dataset.textSize === s, String(size));
}

/** Waits until the service worker has installed everything, reloads, and waits until it controls. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** A new profile in `lang`, with everything cached, then cut off from the network. */
export async function offlineIn(browser: Browser, lang: keyof typeof LANGUAGE_NAMES): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await firstVisit(page, lang);
  await waitForOffline(page);
  await context.setOffline(true);
  return { context, page };
}

/** A private copy of the build served on its own port. */
export interface ServedCopy {
  readonly dir: string;
  readonly url: string;
  readonly port: number;
  server: PreviewServer;
}

// Vite is loaded only by the few files that serve a copy: every browser-test file imports these helpers.
async function serve(dir: string, port: number): Promise<PreviewServer> {
  const { preview } = await import('vite');
  return preview({ logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port, strictPort: true } });
}

/** A private copy of the build on its own port, for tests that change files (updates, bad data). */
export async function serveCopy(): Promise<ServedCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-dist-'));
  cpSync(distDir(), dir, { recursive: true });
  const port = await freePort();
  return { dir, url: `http://127.0.0.1:${port}/`, port, server: await serve(dir, port) };
}

/**
 * Serves the copy again after its files were changed: the static server reads file sizes and
 * ETags once at start, so a changed file is only served whole after a restart (same port = same origin).
 */
export async function restart(copy: ServedCopy): Promise<void> {
  await stop(copy.server);
  copy.server = await serve(copy.dir, copy.port);
}

/** Stops a server started by serveCopy. */
export function stop(server: PreviewServer): Promise<void> {
  return new Promise((resolve) => server.httpServer.close(() => resolve()));
}
