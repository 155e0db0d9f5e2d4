import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { distDir } from './chromium';
import { baseURL, firstVisit, newContext, waitForOffline } from './helpers';
import { browser } from './session';

// The app's rule: Latin digits in every language, so people can compare with letters and signs.
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
/** The Jobcenter and the out-of-hours doctors: hours notes, phone numbers and dates on one screen. */
const IDS = ['jobcenter-eschwege', 'aebd-werra-meissner-sued', 'aerztlicher-bereitschaftsdienst-116117'];
const FOREIGN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/gu;

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await newContext(browser);
  page = await context.newPage();
  await firstVisit(page, 'fa-AF');
  await waitForOffline(page);
  await context.setOffline(true);
});
afterAll(async () => {
  await context?.close();
});

/** The visible text of the detail once its lazy parts (hours, sources) are there. */
async function detailText(): Promise<string> {
  await page.locator('main h1').first().waitFor();
  await page.getByTestId('hours-now').or(page.locator('.detail-unknown')).first().waitFor();
  // Sources and their dates sit in the fold at the end: opened, so their digits are checked too.
  if ((await page.locator('details.detail-fold').getAttribute('open')) === null) await page.locator('details.detail-fold > summary').click();
  await page.locator('#detail-sources').waitFor();
  return page.evaluate(() => document.body.innerText);
}

describe('Dari detail screen: Latin digits only', () => {
  it.each(IDS)('%s shows no Persian or Arabic-Indic digit, first and after a reload from storage', async (id) => {
    const entry = directory.entries.find((e) => e.id === id);
    expect(entry, `${id} is in the data`).toBeDefined();
    await page.goto(`${baseURL()}#/e/${id}`);
    const first = await detailText();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa-AF');
    // The screen does show numbers (the phone number as dialled), in Latin digits.
    const phone = entry!.phones[0]!.number;
    expect(first).toContain(phone);
    expect(first.match(FOREIGN_DIGITS) ?? []).toEqual([]);

    await page.reload();
    const again = await detailText();
    expect(again).toContain(phone);
    expect(again.match(FOREIGN_DIGITS) ?? []).toEqual([]);
  });
});
