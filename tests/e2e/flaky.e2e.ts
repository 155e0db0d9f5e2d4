import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, firstVisit, newContext, waitForOffline } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';


/** What the device has stored: favourite ids and ticked steps, read straight from IndexedDB. */
function stored(page: Page): Promise<{ favourites: string[]; ticked: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('wegweiser');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['favourites', 'checklist']);
          const fav = tx.objectStore('favourites').getAll();
          const list = tx.objectStore('checklist').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              favourites: (fav.result as { id: string }[]).map((f) => f.id).sort(),
              ticked: (list.result as { id: string; done: boolean }[]).filter((r) => r.done).map((r) => r.id).sort(),
            });
          };
        };
      }),
  );
}

async function until(page: Page, expected: { favourites: string[]; ticked: string[] }): Promise<void> {
  const want = JSON.stringify({ favourites: [...expected.favourites].sort(), ticked: [...expected.ticked].sort() });
  for (let i = 0; i < 100; i++) {
    if (JSON.stringify(await stored(page)) === want) return;
    await page.waitForTimeout(20);
  }
  expect(await stored(page)).toEqual(JSON.parse(want));
}

describe('a flaky connection', () => {
  it('loses and doubles nothing over 50 offline/online flips with reloads, stars and ticks', { timeout: 300_000 }, async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await firstVisit(page, 'de');
    await waitForOffline(page);

    const favourites = new Set<string>();
    const ticked = new Set<string>();
    for (let i = 0; i < 50; i++) {
      await context.setOffline(i % 2 === 0);
      if (i % 2 === 0) {
        await page.goto(`${baseURL()}#/list?all=1`);
        const rows = page.locator('.entry-star');
        await rows.first().waitFor();
        const star = rows.nth(i % 7);
        const id = await star.evaluate((b) => b.closest('li')?.querySelector('a[href^="#/e/"]')?.getAttribute('href')?.slice(4) ?? '');
        const was = (await star.getAttribute('aria-pressed')) === 'true';
        await star.click();
        await page.waitForFunction(([el, want]) => (el as Element).getAttribute('aria-pressed') === want, [await star.elementHandle(), String(!was)] as const);
        if (was) favourites.delete(id);
        else favourites.add(id);
      } else {
        await page.goto(`${baseURL()}#/ukraine`);
        // The boxes are drawn before the ticks are read from the device: read a box's state
        // once the screen is ready, or its tick may arrive between the reading and the click.
        await screenReady(page);
        const boxes = page.locator('.step input[type=checkbox]');
        const box = boxes.nth(i % 5);
        const id = (await box.getAttribute('id'))?.replace(/^step-/, '') ?? '';
        const was = await box.isChecked();
        await box.setChecked(!was);
        if (was) ticked.delete(id);
        else ticked.add(id);
      }
      await until(page, { favourites: [...favourites], ticked: [...ticked] });
      if (i % 3 === 0) await page.reload();
    }

    // Offline, after a last reload, the screens show exactly what was chosen: nothing lost, nothing twice.
    await context.setOffline(true);
    await page.goto(`${baseURL()}#/fav`);
    await page.reload();
    // The heading comes before the entries read from the device: wait for the whole screen.
    await screenReady(page);
    const shown = await page.locator('main a[href^="#/e/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));
    expect([...new Set(shown)].sort()).toEqual([...favourites].sort());
    expect(shown.length).toBe(new Set(shown).size);
    await page.goto(`${baseURL()}#/ukraine`);
    await screenReady(page);
    const checked = await page.locator('.step input[type=checkbox]:checked').evaluateAll((bs) => bs.map((b) => b.id.replace(/^step-/, '')));
    expect(checked.sort()).toEqual([...ticked].sort());
    expect(errors).toEqual([]);
    await context.close();
  });
});
