import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from './chromium';
import { firstVisit, newContext, waitForOffline } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};
const PREFIX = '/landkreis/wegweiser/';

/** A plain static host that serves the built folder under a sub-path, with no rewrite rules. */
function subPathHost(): Promise<Server> {
  const root = distDir();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) return void res.writeHead(404).end();
    const file = normalize(join(root, path.slice(PREFIX.length) || 'index.html'));
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!target.startsWith(normalize(root)) || !existsSync(target)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
beforeAll(async () => {
  server = await subPathHost();
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('any static host, under a sub-path', () => {
  it('runs, installs its service worker and works offline with deep links', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
    const context = await newContext(browser, { baseURL: url });
    const page = await context.newPage();
    await firstVisit(page, 'uk', url);
    await waitForOffline(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${url}sw.js`);
    await context.setOffline(true);
    await page.goto(`${url}#/list?q=jobcenter`);
    await page.locator('.entry-star').first().waitFor();
    await page.reload();
    // The list's heading comes before its rows (the entries are read from the device): wait for them.
    await screenReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await page.locator('.entry-star').count()).toBeGreaterThan(0);
    await context.close();
  });
});
