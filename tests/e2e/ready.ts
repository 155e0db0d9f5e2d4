import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the screen of the current location is drawn with all its lazy parts (hours, guide
 * texts, map): the app sets <main data-ready="<location hash>"> (src/app/ready.ts). No sleeping.
 */
export async function screenReady(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.getElementById('main');
      return !!main && main.dataset.ready === location.hash;
    },
    undefined,
    timeout === undefined ? {} : { timeout },
  );
}

/** Where a round trip to an entry and back scrolled: before the tap, on the entry, after Back. */
export interface RoundTrip {
  readonly before: number;
  readonly opened: number;
  readonly after: number;
}

/**
 * Scrolls an entry link (`#/e/…`) to the middle of the screen, taps it, waits for the entry's
 * screen, goes back with `back` (the browser's Back, or the header's button) and waits until the
 * screen it left is drawn again at its own URL and scrolled back to at least near where it was.
 */
export async function tapAndComeBack(page: Page, link: Locator, back: () => Promise<unknown>): Promise<RoundTrip> {
  // In the middle of the screen: the tap needs no scrolling of its own.
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = await page.evaluate(() => location.hash);
  const scrollY = () => page.evaluate(() => window.scrollY);
  const before = await scrollY();
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#/e/'));
  await screenReady(page);
  const opened = await scrollY();
  await back();
  await page.waitForFunction((hash) => location.hash === hash, from);
  await screenReady(page);
  await expect.poll(scrollY).toBeGreaterThan(before - 4);
  return { before, opened, after: await scrollY() };
}
