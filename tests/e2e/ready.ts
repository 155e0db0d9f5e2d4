import type { Page } from 'playwright-core';

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
