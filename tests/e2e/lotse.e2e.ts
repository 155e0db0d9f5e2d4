import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry, Lang } from '../../src/directory/types';
import type { Guide as GuideData } from '../../src/guide/types';
import { distDir } from './chromium';
import { baseURL, LANGUAGE_NAMES, offlineIn } from './helpers';
import { builtDirectory } from './release';
import { browser } from './session';

// Expected values come from the build's data file and the locale files; distances from this
// file's own haversine, never from the app's code.
const data = builtDirectory();
type Detail = { quick: { card: string } };
type Finder = { list: { searchLabel: string }; nearby: { title: string } };
type Guide = { card: { keep: string; kept: string } };
const read = <T,>(lang: Lang, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as T;

const guideData = JSON.parse(readFileSync(`${distDir()}/data/guide.json`, 'utf8')) as GuideData;
const jobcenter = data.entries.find((e) => e.id === 'jobcenter-eschwege') as Entry;
const sontra = data.region.municipalities.find((m) => m.name === 'Sontra');
/** Places of the topic that serve single towns and have a point: what a family could walk into. */
const foodBanks = data.entries.filter((e) => e.category === 'alltag' && e.location && e.scope.kind === 'municipalities');

/** Great-circle distance in km, written here independently of src/directory/geo.ts. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

beforeAll(async () => {
  if (!jobcenter?.address?.street || !sontra || foodBanks.length === 0) throw new Error('the data lacks the Jobcenter Eschwege, Sontra or the food banks');
  // The Sontra task is about an empty home-town list: it only means something while that holds.
  if (foodBanks.some((e) => e.scope.kind === 'municipalities' && e.scope.ags.includes(sontra.ags))) throw new Error('a food bank now serves Sontra: the task changed');
});

/** What the card shows: the German address lines and the text in the card's second language. */
async function cardText(page: Page, lang: Lang): Promise<{ address: string; user: string }> {
  await page.locator(`.card-user[lang="${lang}"]`).waitFor();
  return {
    address: (await page.locator('.card-de .card-address').textContent()) ?? '',
    user: (await page.locator(`.card-user[lang="${lang}"]`).textContent()) ?? '',
  };
}

describe('the Lotse shows the Jobcenter card in another language, offline', () => {
  it.each([
    ['de', 'fa-AF'],
    ['uk', 'ar'],
    ['ar', 'fa-AF'],
    ['fa-AF', 'uk'],
  ] as const)('app in %s, card in %s: at most 3 taps after the search', async (appLang, cardLang) => {
    const { context, page } = await offlineIn(browser, appLang);
    try {
      await page.goto(`${baseURL()}#/list`);
      await page.getByRole('searchbox', { name: read<Finder>(appLang, 'finder').list.searchLabel }).fill('jobcenter');
      let taps = 0;
      const tap = async (target: ReturnType<Page['locator']>) => {
        await target.click();
        taps++;
      };
      await tap(page.locator('.entry-list').getByRole('link', { name: jobcenter.name, exact: true }));
      await tap(page.getByRole('link', { name: read<Detail>(appLang, 'detail').quick.card, exact: true }));
      await tap(page.locator('.card-top').getByRole('button', { name: LANGUAGE_NAMES[cardLang], exact: true }));
      expect(taps).toBe(3);

      const a = jobcenter.address!;
      const expected = async () => {
        const shown = await cardText(page, cardLang);
        expect(shown.address).toContain(a.street!);
        expect(shown.address).toContain(`${a.postcode} ${a.town}`);
        expect(shown.user).toContain(jobcenter.description[cardLang]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(appLang);
      };
      await expected();
      // The second start: from the device alone, the card comes back in the chosen language.
      await page.reload();
      await expected();
      // Exit: the system's back goes to the place's page.
      await page.goBack();
      await page.locator('.detail h1').waitFor();
      expect(await page.locator('.detail h1').textContent()).toBe(jobcenter.name);
    } finally {
      await context.close();
    }
  });

  it('keeps a card on the device: after an offline reload the saved list opens it in Dari', async () => {
    const { context, page } = await offlineIn(browser, 'de');
    try {
      await page.goto(`${baseURL()}#/card/${jobcenter.id}?in=fa-AF`);
      await page.locator('.phrase-pick input').first().check();
      await page.getByRole('button', { name: read<Guide>('de', 'guide').card.keep, exact: true }).click();
      await page.getByText(read<Guide>('de', 'guide').card.kept).waitFor();
      await page.goto(`${baseURL()}#/fav`);
      await page.reload();
      const link = page.locator('.saved-cards a').filter({ hasText: jobcenter.name });
      expect(await link.textContent()).toBe(`${jobcenter.name} · ${LANGUAGE_NAMES['fa-AF']}`);
      await link.click();
      const shown = await cardText(page, 'fa-AF');
      expect(shown.address).toContain(jobcenter.address!.street!);
      // The sentences come with the guide data, which loads after the place.
      await page.locator('.card-phrase').first().waitFor();
      expect(await page.locator('.card-phrase [lang="de"]').allTextContents()).toEqual([guideData.phrases.find((p) => p.id === 'zu-dieser-adresse')!.de]);
    } finally {
      await context.close();
    }
  });
});

describe('a family in Sontra looks for a food bank, without sharing its position', () => {
  it.each(['fa-AF', 'de', 'uk', 'ar'] as const)('in %s: the nearest food banks in other towns, with km from Sontra', async (lang) => {
    const { context, page } = await offlineIn(browser, lang);
    try {
      await page.locator('#home-town').selectOption(sontra!.ags);
      const label = data.region.categories.find((c) => c.id === 'alltag')!.label[lang];
      await page.locator('a.tile').filter({ hasText: label }).click();
      const nearest = [...foodBanks]
        .filter((e) => e.location)
        .map((e) => ({ name: e.name, km: haversineKm(sontra!.centre, e.location!) }))
        .sort((x, y) => x.km - y.km)
        .slice(0, 3);
      const check = async () => {
        const section = page.locator('.list-nearby');
        await section.waitFor();
        expect(await section.locator('h2').textContent()).toBe(read<Finder>(lang, 'finder').nearby.title);
        const rows = section.locator('.entry-row');
        expect(await rows.locator('.entry-link').allTextContents()).toEqual(nearest.map((n) => n.name));
        const distances = await rows.locator('.entry-distance').allTextContents();
        // Whole kilometres from 10 km on, in Latin digits in every language.
        expect(distances.map((d) => Number(/\d+/.exec(d)?.[0]))).toEqual(nearest.map((n) => Math.round(n.km)));
        expect(distances.every((d) => d.includes(sontra!.names[lang] ?? sontra!.name))).toBe(true);
      };
      await check();
      await page.reload();
      await check();
      expect(await page.evaluate(() => navigator.permissions.query({ name: 'geolocation' }).then((p) => p.state))).not.toBe('granted');
    } finally {
      await context.close();
    }
  });
});
