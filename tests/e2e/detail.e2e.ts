import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory, Entry } from '../../src/directory/types';
import { baseURL, firstVisit, newContext, waitForOffline } from './helpers';
import { screenReady } from './ready';
import { builtDirectory } from './release';
import { browser } from './session';

// Expected values come from the build's own data file and the Arabic texts, never from literals here.
const data: Directory = builtDirectory();
const ar = JSON.parse(readFileSync('locales/ar/detail.json', 'utf8')) as {
  qr: { button: string; label: string };
  share: { button: string };
  report: { prepare: string; text: { intro: string; entry: string; version: string } };
  hours: { week: string };
  missing: { title: string; search: string };
  sources: { newest: string; checked: string };
  fold: { summary: string };
};

const callable = (e: Entry) => e.phones.find((p) => !p.fax && /^0\d/.test(p.number.replace(/\s/g, '')));
const yearOf = (asOf: string) => Number(asOf.slice(0, 4));
/** An office with a dialable German number, an address and opening hours. */
const office = data.entries.find((e) => callable(e) && e.address?.street && e.address.postcode && e.openingHours);
/** An entry whose source is from before 2023. */
const old = data.entries.find((e) => e.sources.some((s) => yearOf(s.asOf) < 2023));

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!office || !old) throw new Error('the data has no entry to test the detail screen with');
  context = await newContext(browser);
  // Linux Chromium has no share sheet; make sure of it so the fallback is what gets tested.
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  page = await context.newPage();
  await firstVisit(page, 'ar');
  await waitForOffline(page);
  await context.setOffline(true);
});
afterAll(async () => {
  await context?.close();
});

async function open(id: string): Promise<void> {
  await page.goto(`${baseURL()}#/e/${encodeURIComponent(id)}`);
  // The heading comes before the entry's lazy parts (hours, sources): wait for the whole screen.
  await screenReady(page);
}

/** Opens the fold at the end of the page: sharing, the QR code, sources and the report live there. */
async function unfold(): Promise<void> {
  // The same address twice does not reload the page: the fold may still be open from before.
  if ((await page.locator('details.detail-fold').getAttribute('open')) === null) await page.getByText(ar.fold.summary, { exact: true }).click();
  await page.locator('details.detail-fold[open]').waitFor();
}

describe('entry detail, offline, in Arabic', () => {
  it('is right-to-left with the German name marked as German', async () => {
    await open(office!.id);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const name = page.getByRole('heading', { level: 1 }).locator('[lang="de"]');
    expect(await name.textContent()).toBe(office!.name);
    expect(await name.getAttribute('dir')).toBe('ltr');
  });

  it('calls the real number from the data with a tel: link', async () => {
    await open(office!.id);
    const phone = callable(office!)!;
    const link = page.getByRole('link', { name: phone.number });
    const digits = phone.number.replace(/\D/g, '');
    expect(await link.getAttribute('href')).toBe(`tel:+49${digits.slice(1)}`);
  });

  it('shows the week of opening hours with 7 days, today marked', async () => {
    await open(office!.id);
    const week = page.getByRole('table', { name: ar.hours.week });
    await week.waitFor();
    expect(await week.getByRole('row').count()).toBe(7);
    expect(await week.locator('tr[aria-current="date"]').count()).toBe(1);
  });

  it('draws the QR code on the device', async () => {
    await open(office!.id);
    await unfold();
    await page.getByRole('button', { name: ar.qr.button }).click();
    const qr = page.getByRole('img', { name: ar.qr.label });
    await qr.waitFor();
    expect(await qr.locator('rect, path').count()).toBeGreaterThan(20);
    const box = await qr.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
  });

  it('shares plain text with the address, also as SMS', async () => {
    await open(office!.id);
    await unfold();
    await page.getByRole('button', { name: ar.share.button, exact: true }).click();
    const text = page.getByTestId('share-text');
    await text.waitFor();
    const shared = (await text.innerText()).replace(/[\u2066-\u2069\u200e\u200f]/g, '');
    const { street, postcode, town } = office!.address!;
    expect(shared).toContain(street);
    expect(shared).toContain(`${postcode} ${town}`);
    const sms = await page.locator('a[href^="sms:"]').getAttribute('href');
    expect(decodeURIComponent(sms ?? '')).toContain(street);
  });

  it('prepares a mistake report for the Lotse in Arabic, with the German name and the data version', async () => {
    // This build names no report address: the page says nothing about one, it offers the text.
    expect(data.region.feedbackEmail).toBeUndefined();
    await open(office!.id);
    await unfold();
    const section = page.locator('section[aria-labelledby="detail-report"]');
    expect(await section.locator('a[href^="mailto:"]').count()).toBe(0);
    await section.getByRole('button', { name: ar.report.prepare, exact: true }).click();
    const text = page.getByTestId('report-text');
    await text.waitFor();
    const lines = (await text.innerText()).replace(/[\u2066-\u2069\u200e\u200f]/g, '').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      ar.report.text.intro,
      ar.report.text.entry.replace('{{name}}', office!.name),
      ar.report.text.version.replace('{{version}}', data.version),
    ]);
    const sms = await section.locator('a[href^="sms:"]').getAttribute('href');
    expect(decodeURIComponent(sms ?? '')).toContain(office!.name);

    // The second start, offline, from what the phone stored: the same offer, still no address.
    await page.reload();
    await unfold();
    await section.getByRole('button', { name: ar.report.prepare, exact: true }).waitFor();
    expect(await section.locator('a[href^="mailto:"]').count()).toBe(0);
  });

  it('warns when a source is from before 2023', async () => {
    await open(old!.id);
    const oldest = Math.min(...old!.sources.map((s) => yearOf(s.asOf)).filter(Number.isFinite));
    const warning = page.getByTestId('freshness-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(String(oldest));
  });

  it('says the year of the newest source, and a check date only where the data has one, also after a reload', async () => {
    const newest = Math.max(...old!.sources.map((s) => yearOf(s.asOf)).filter(Number.isFinite));
    const line = ar.sources.newest.replace('{{year}}', String(newest));
    const checkedStart = ar.sources.checked.split('{{')[0]!;
    await open(old!.id);
    for (const again of [false, true]) {
      if (again) {
        await page.reload();
        await screenReady(page);
      }
      await expect(page.locator('.detail-hint', { hasText: line }).count()).resolves.toBe(1);
      await expect(page.locator('.detail-hint', { hasText: checkedStart }).count()).resolves.toBe(old!.checked === undefined ? 0 : 1);
    }
  });

  it('says when an entry does not exist, with a way to the search', async () => {
    await open('gibt-es-nicht-mehr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ar.missing.title);
    expect(await page.getByRole('link', { name: ar.missing.search }).getAttribute('href')).toBe('#/list');
  });
});
