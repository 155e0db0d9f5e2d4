/**
 * The one Chromium of a browser-test file: importing `browser` launches it before the file's tests
 * (and before the file's own beforeAll) and closes it after them. Each test file has its own
 * module instance (vitest isolates files), so files running side by side do not share a browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './helpers';

export let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});
