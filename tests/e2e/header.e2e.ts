import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { distDir } from './chromium';
import { baseURL, firstVisit, LANGUAGE_NAMES, newContext, waitForOffline } from './helpers';
import { screenReady, tapAndComeBack } from './ready';
import { browser } from './session';

// Expected texts from the built data and the locale files, never from the code under test.
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
type Lang = keyof typeof LANGUAGE_NAMES;
type Texts = Record<string, string>;
type Common = { appName: string; close: string; loading: string; nav: Texts; header: Texts; home: Texts };
const common = (lang: Lang) => JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as Common;
const settingsStrings = (lang: Lang) => JSON.parse(readFileSync(`locales/${lang}/settings.json`, 'utf8')) as Texts;
const mapStrings = (lang: Lang) => JSON.parse(readFileSync(`locales/${lang}/map.json`, 'utf8')) as { filters: Record<string, string> };
const entry = directory.entries.find((e) => e.location && e.address?.street)!;

/** Every route of src/app/screens.tsx, and the header title a reader expects there. */
function screens(lang: Lang): [string, string][] {
  const c = common(lang);
  return [
    ['', c.appName],
    ['list', c.nav.search!],
    [`e/${entry.id}`, c.header.detail!],
    ['fav', c.nav.favourites!],
    ['help', c.home.emergency!],
    ['map', c.nav.map!],
    [`card/${entry.id}`, c.header.card!],
    ['ukraine', c.home.ukraine!],
    ['glossary', c.home.glossary!],
    [`pair/${entry.id}`, c.header.pair!],
    [`way/${entry.id}`, c.header.way!],
    ['settings', c.nav.settings!],
    ['privacy', c.nav.privacy!],
    ['about', c.nav.about!],
  ];
}


/** A profile in `lang` with everything cached, restarted from storage without a network. */
async function offlineIn(lang: Lang, options: Parameters<typeof newContext>[1] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await firstVisit(page, lang);
  await waitForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await screenReady(page);
  return { context, page };
}

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#/${route}`);
  await screenReady(page);
}

describe('header on every screen', () => {
  for (const lang of ['de', 'uk', 'ar', 'fa-AF'] as Lang[]) {
    it(`${lang}: title, back and language on every screen, at 320 px${lang === 'ar' || lang === 'uk' ? ' and the largest text' : ''}`, { timeout: 120_000 }, async () => {
      const { context, page } = await offlineIn(lang, { viewport: { width: 320, height: 640 } });
      if (lang === 'ar' || lang === 'uk') {
        await page.evaluate(() => localStorage.setItem('wegweiser.textSize', '3'));
        await page.reload();
        await screenReady(page);
      }
      const c = common(lang);
      const bar = page.locator('header.appbar');
      // The first screen of this session is home: nothing to go back to.
      expect(await bar.getByRole('button', { name: c.header.back, exact: true }).count()).toBe(0);
      for (const [route, title] of screens(lang)) {
        await go(page, route);
        await expect(bar.locator('.appbar-title').textContent(), route).resolves.toBe(title);
        const back = bar.getByRole('button', { name: c.header.back, exact: true });
        const language = bar.getByRole('button', { name: c.header.language, exact: true });
        for (const control of [back, language]) {
          const box = await control.boundingBox();
          expect(box, route).not.toBeNull();
          // Whole, on screen, and a full touch target.
          expect(box?.x, route).toBeGreaterThanOrEqual(0);
          expect((box?.x ?? 0) + (box?.width ?? 0), route).toBeLessThanOrEqual(320);
          expect(box?.height, route).toBeGreaterThanOrEqual(44);
        }
        const sideways = await bar.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(sideways, route).toBe(0);
      }
      // In Arabic and Dari the back arrow points right: the icon is mirrored.
      const transform = await bar.locator('.appbar-back .icon').evaluate((el) => getComputedStyle(el).transform);
      expect(transform).toBe(lang === 'ar' || lang === 'fa-AF' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      await context.close();
    });
  }

  it('switches the language from the header, in one menu of four names, on the same screen', async () => {
    const { context, page } = await offlineIn('de');
    await go(page, `e/${entry.id}`);
    const hash = await page.evaluate(() => location.hash);
    await page.getByRole('button', { name: common('de').header.language, exact: true }).click();
    const menu = page.locator('#lang-menu');
    expect(await menu.getByRole('button').allTextContents()).toEqual(Object.values(LANGUAGE_NAMES));
    await menu.getByRole('button', { name: LANGUAGE_NAMES['fa-AF'] }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => [location.hash, document.documentElement.lang])).toEqual([hash, 'fa-AF']);
    await expect(page.locator('header.appbar .appbar-title').textContent()).resolves.toBe(common('fa-AF').header.detail);
    expect(await menu.count()).toBe(0);
    // Kept for the next start.
    await page.reload();
    await screenReady(page);
    expect(await page.evaluate(() => [location.hash, document.documentElement.lang])).toEqual([hash, 'fa-AF']);
    await context.close();
  });
});

describe('first start and session start', () => {
  it('says it is loading in the browser\'s language before the app has started', async () => {
    const context = await newContext(browser, { locale: 'ar-SY' });
    const page = await context.newPage();
    // The app's code never arrives: what shows is index.html with boot.js alone.
    await page.route(/\/assets\/index-[\w-]+\.js$/, () => undefined);
    // Module scripts hold back DOMContentLoaded and load: wait for the text itself.
    await page.goto(baseURL(), { waitUntil: 'commit' });
    const shown = page.locator('.boot-loading span:visible');
    // The stylesheet holds back the first paint; once it is there, one language shows.
    await expect.poll(() => shown.count()).toBe(1);
    await expect(shown.textContent()).resolves.toBe(common('ar').loading);
    await expect(shown.getAttribute('dir')).resolves.toBe('rtl');
    await context.close();
  });

  it('a session that starts on a deep link goes back to home, not out of the app', async () => {
    const { context } = await offlineIn('de');
    // A new tab opened on a link into the app: its first screen is not home.
    const page = await context.newPage();
    await page.goto(`${baseURL()}#/about`);
    await screenReady(page);
    const back = page.locator('header.appbar').getByRole('button', { name: common('de').header.back, exact: true });
    await back.click();
    await page.waitForFunction(() => location.hash === '#/');
    await screenReady(page);
    // Home came as a new step, so Back still leads to the link's screen.
    await back.click();
    await page.waitForFunction(() => location.hash === '#/about');
    await context.close();
  });

  it('the full-screen show-card has a visible way out', async () => {
    const { context, page } = await offlineIn('de');
    await go(page, `card/${entry.id}`);
    const guide = JSON.parse(readFileSync('locales/de/guide.json', 'utf8')) as { card: { fullscreen: string } };
    await page.getByRole('button', { name: guide.card.fullscreen, exact: true }).click();
    await page.waitForFunction(() => !!document.fullscreenElement);
    const exit = page.locator('main').getByRole('button', { name: common('de').close, exact: true });
    expect(await exit.isVisible()).toBe(true);
    await exit.click();
    await page.waitForFunction(() => !document.fullscreenElement);
    expect(await exit.isVisible()).toBe(false);
    await context.close();
  });
});

describe('back returns to where the page was left', () => {
  it('on the Ukraine page, with the header back and the browser Back, also after a restart from storage', { timeout: 120_000 }, async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await firstVisit(page, 'uk');
    await waitForOffline(page);
    const back = common('uk').header.back!;

    const roundTrip = async (how: 'header' | 'browser') => {
      await go(page, 'ukraine');
      const link = page.locator('main a[href^="#/e/"]').last();
      const { before, opened, after } = await tapAndComeBack(page, link, () =>
        how === 'header' ? page.locator('header.appbar').getByRole('button', { name: back, exact: true }).click() : page.goBack(),
      );
      // Far enough down that landing at the top would fail.
      expect(before).toBeGreaterThan(600);
      expect(opened).toBeLessThan(5);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(3);
    };

    await roundTrip('header');
    await roundTrip('browser');
    await context.setOffline(true);
    await page.reload();
    await screenReady(page);
    await roundTrip('header');
    await roundTrip('browser');
    await context.close();
  });
});

describe('notices, settings and map', () => {
  it('the offline notice covers nothing and, closed, stays closed for the session', async () => {
    const { context, page } = await offlineIn('ar', { viewport: { width: 320, height: 640 } });
    const notice = page.getByTestId('offline-indicator');
    // Said at once to screen readers, drawn only with the next screen: nothing moves under a finger.
    const banner = (JSON.parse(readFileSync('locales/ar/notices.json', 'utf8')) as { offline: { banner: string } }).offline.banner;
    await page.locator('.notices .visually-hidden').getByText(banner).waitFor({ state: 'attached' });
    expect(await notice.count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: common('ar').nav.settings!, exact: true }).click();
    await notice.waitFor();
    const box = (await notice.boundingBox())!;
    const overlaps = async (selector: string) => {
      const other = (await page.locator(selector).first().boundingBox())!;
      return box.y < other.y + other.height && other.y < box.y + box.height && box.x < other.x + other.width && other.x < box.x + box.width;
    };
    expect(await overlaps('main h1')).toBe(false);
    expect(await overlaps('nav.navbar')).toBe(false);
    expect(await overlaps('header.appbar')).toBe(false);
    await notice.getByRole('button', { name: common('ar').close, exact: true }).click();
    expect(await notice.count()).toBe(0);
    await page.reload();
    await screenReady(page);
    await go(page, 'settings');
    expect(await notice.count()).toBe(0);
    await context.close();
  });

  it('shows each text size in the size it gives', async () => {
    const { context, page } = await offlineIn('de');
    await go(page, 'settings');
    const settings = settingsStrings('de');
    const sizes: number[] = [];
    for (const key of ['size1', 'size2', 'size3']) {
      const button = page.getByRole('button', { name: settings[key]!, exact: true });
      sizes.push(await button.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)));
    }
    expect(sizes[0]).toBeLessThan(sizes[1]!);
    expect(sizes[1]).toBeLessThan(sizes[2]!);
    // The same sizes while the largest text is on: each choice shows its own size, not the current one.
    await page.getByRole('button', { name: settings.size3!, exact: true }).click();
    const again: number[] = [];
    for (const key of ['size1', 'size2', 'size3']) {
      again.push(await page.getByRole('button', { name: settings[key]!, exact: true }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize)));
    }
    expect(again.map((s, i) => Math.abs(s - sizes[i]!) < 0.5)).toEqual([true, true, true]);
    await context.close();
  });

  it('puts the map first and offers only topics that have places on it', async () => {
    const { context, page } = await offlineIn('uk');
    await go(page, 'map');
    const strings = mapStrings('uk');
    const map = (await page.locator('.map-canvas').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    // Right at the top of the screen's content: nothing above it but the padding.
    expect(map.y - main.y).toBeLessThan(24);
    // The topic select: the first of the folded filters, its label the topic's word.
    const select = page.locator('#map-filters select').first();
    await expect(page.locator('#map-filters label span').first().textContent()).resolves.toBe(strings.filters.category);
    expect(await select.isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: strings.filters.toggle, exact: true });
    await toggle.click();
    await select.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const located = new Set(directory.entries.filter((e) => e.location).map((e) => e.category));
    const expected = directory.region.categories.filter((c) => located.has(c.id)).map((c) => c.label.uk);
    expect(expected.length).toBeLessThan(directory.region.categories.length);
    const offered = await select.locator('option').allTextContents();
    expect(offered).toEqual([strings.filters.allCategories, ...expected]);
    await context.close();
  });
});
