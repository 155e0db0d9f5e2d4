import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { distDir } from './chromium';
import { baseURL, firstVisit, newContext, pageErrors, waitForOffline } from './helpers';
import { browser } from './session';

let names: ReadonlyMap<string, string>;
beforeAll(async () => {
  // The German names as the built data file has them: what the screens must show beside each number.
  const data = JSON.parse(readFileSync(join(distDir(), 'data/directory.json'), 'utf8')) as Directory;
  names = new Map(data.entries.map((e) => [e.id, e.name]));
});

/** Sunday 29 November 2026, 22:30 in Berlin: every practice is closed. */
const SUNDAY_NIGHT = new Date('2026-11-29T22:30:00+01:00');
/** The alarm colour of 112 and 110 (--error-fg) and the colour of every other call button (--brand). */
const ALARM = 'rgb(138, 17, 17)';
const BRAND = 'rgb(11, 90, 85)';

/** What the help screen shows, top to bottom: numbers, which are in the alarm colour, and the German names. */
async function helpScreen(page: Page) {
  await page.goto(`${baseURL()}#/help`);
  await page.locator('.help-card').first().waitFor();
  const cards = page.locator('.help-list .help-card');
  return {
    numbers: await cards.locator('.call-number').allTextContents(),
    colours: await cards.locator('.call-link').evaluateAll((links) => links.map((a) => getComputedStyle(a).backgroundColor)),
    germanNames: await cards.locator('.help-official [lang=de]').allTextContents(),
    titles: await cards.locator('.help-name').allTextContents(),
  };
}

/** Entries kept in IndexedDB: a reload reads the directory from there, not from the network. */
function storedEntries(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('wegweiser');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // The entries are stored in chunks (arrays of entries), keyed 0, 1, 2 …
          const chunks = open.result.transaction('chunks').objectStore('chunks').getAll();
          chunks.onsuccess = () => {
            open.result.close();
            resolve((chunks.result as unknown[][]).reduce((n, c) => n + c.length, 0));
          };
        };
      }),
  );
}

function expectEmergencyFirst(screen: Awaited<ReturnType<typeof helpScreen>>, script: RegExp): void {
  expect(screen.numbers.slice(0, 3)).toEqual(['112', '110', '116 117']);
  expect(screen.colours.slice(0, 2)).toEqual([ALARM, ALARM]);
  expect(screen.colours.slice(2).every((c) => c === BRAND)).toBe(true);
  expect(screen.germanNames.slice(0, 3)).toEqual([
    names.get('notruf-112'),
    names.get('polizei-110'),
    names.get('aerztlicher-bereitschaftsdienst-116117'),
  ]);
  // The title says in the reader's language what the number is for.
  for (const title of screen.titles) expect(title).toMatch(script);
}

describe('emergency numbers first, on every start', () => {
  it.each([
    ['de', /[a-zäöü]/],
    ['ar', /[\u0600-\u06ff]/],
  ] as const)('%s: 112 first, 110 second on the first visit, after a reload from storage and offline', async (lang, script) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await firstVisit(page, lang);
    expectEmergencyFirst(await helpScreen(page), script);

    // The second start reads the directory from IndexedDB, which gives entries back by key (id).
    expect(await storedEntries(page)).toBe(names.size);
    await page.reload();
    expectEmergencyFirst(await helpScreen(page), script);

    await waitForOffline(page);
    await context.setOffline(true);
    await page.reload();
    expectEmergencyFirst(await helpScreen(page), script);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('help at night', () => {
  it('on Sunday 22:30 "open now" in Health offers 112 and 116 117 and the hospital open day and night, never "opens Wednesday" for 116 117', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.clock.setFixedTime(SUNDAY_NIGHT);
    await firstVisit(page, 'de');

    const witzenhausen = names.get('klinikum-werra-meissner-witzenhausen')!;
    const check = async () => {
      await page.goto(`${baseURL()}#/list?cat=gesundheit&open=1`);
      const row = page.locator('.entry-row').filter({ hasText: witzenhausen });
      await expect.poll(() => row.locator('.hours-badge').textContent()).toBe('Immer offen');
      expect(await page.locator('.urgent a.call-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['tel:112', 'tel:116117']);
      expect(await page.locator('main').textContent()).not.toContain('Mittwoch');

      // Without "open now" the on-call practice is listed; its number comes first, always answered.
      await page.goto(`${baseURL()}#/list?cat=gesundheit`);
      const practice = page.locator('.entry-row').filter({ hasText: names.get('aebd-werra-meissner-sued')! });
      await expect.poll(() => practice.locator('.hours-badge').allTextContents()).toEqual([
        '116 117 Tag und Nacht erreichbar',
        'Jetzt geschlossen, öffnet Mittwoch um 17:00',
      ]);

      // 116 117 itself is always open.
      await page.goto(`${baseURL()}#/help`);
      const card = page.locator('.help-card').filter({ hasText: names.get('aerztlicher-bereitschaftsdienst-116117')! });
      await expect.poll(() => card.locator('.hours-badge').textContent()).toBe('Immer offen');
      expect(await card.textContent()).not.toContain('Mittwoch');
    };
    await check();
    // The second start, from storage.
    await page.reload();
    await check();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('when "open now" leaves a list empty, 112 and 116 117 come first, in Arabic too', async () => {
    const context = await newContext(browser, { timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.clock.setFixedTime(SUNDAY_NIGHT);
    await firstVisit(page, 'ar');
    for (const start of ['first', 'reload']) {
      if (start === 'reload') await page.reload();
      await page.goto(`${baseURL()}#/list?cat=arbeit&open=1`);
      const empty = page.locator('.list-empty');
      await empty.waitFor();
      const calls = await empty.locator('a.call-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(calls.slice(0, 2)).toEqual(['tel:112', 'tel:116117']);
      // Before the other suggestions: right after the "no results" heading.
      expect(await empty.locator(':scope > *').nth(1).getAttribute('class')).toBe('urgent');
    }
    await context.close();
  });
});
