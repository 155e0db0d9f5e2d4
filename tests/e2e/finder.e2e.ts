import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, firstVisit, LANGUAGE_NAMES, newContext, pageErrors, waitForOffline } from './helpers';
import { idbSnapshot } from './idb';
import { screenReady, tapAndComeBack } from './ready';
import { browser } from './session';


/** A page in the given language, installed for offline use, then cut off from the network. */
async function offlinePage(lang: keyof typeof LANGUAGE_NAMES): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = pageErrors(page);
  await firstVisit(page, lang);
  await waitForOffline(page);
  await context.setOffline(true);
  return { context, page, errors };
}

async function openList(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseURL()}#/list${query}`);
  await page.getByRole('searchbox').waitFor();
}

/** Names of the result rows' links, in order. */
function resultNames(page: Page): Promise<string[]> {
  return page.locator('.entry-list').getByRole('link').allTextContents();
}

describe('finding help, offline', () => {
  it('a Ukrainian user finds the Jobcenter by typing Ukrainian, and Eschwege typed in Cyrillic', async () => {
    const { context, page, errors } = await offlinePage('uk');
    await openList(page);
    const box = page.getByRole('searchbox', { name: 'Що ви шукаєте?' });
    const steps = await page.evaluate(() => history.length);
    await box.pressSequentially('центр зайнятості');
    await expect.poll(() => resultNames(page).then((n) => n[0])).toBe('Jobcenter Werra-Meißner, Eschwege');
    expect(await page.getByRole('list', { name: /результат/ }).isVisible()).toBe(true);
    // The URL follows the typing (written after the frame that draws a key’s result) without a history step per key.
    await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('q')).toBe('центр зайнятості');
    expect(await page.evaluate(() => history.length)).toBe(steps);

    await box.fill('Ешвеге');
    await expect.poll(() => resultNames(page)).toEqual(expect.arrayContaining(['Rathaus Eschwege (Stadtverwaltung)', 'Jobcenter Werra-Meißner, Eschwege']));
    expect(await page.getByRole('status').filter({ hasText: /результат/ }).textContent()).toMatch(/^\d+ результат(и|ів|у)?$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search as you type starts on the home screen and carries on in the list', async () => {
    const { context, page, errors } = await offlinePage('ar');
    await page.goto(`${baseURL()}#/`);
    const home = page.getByRole('searchbox', { name: 'بحث' });
    await home.click();
    await page.keyboard.type('مركز');
    // When typing pauses the list takes over, with the focus in its box; typing goes on there.
    const box = page.getByRole('searchbox', { name: /تبحث/ });
    await box.waitFor();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' العمل');
    await expect.poll(() => box.inputValue()).toBe('مركز العمل');
    await expect.poll(() => resultNames(page).then((n) => n[0])).toMatch(/^Jobcenter/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an Arabic user gets the list right to left, German names left to right', async () => {
    const { context, page, errors } = await offlinePage('ar');
    await openList(page);
    const box = page.getByRole('searchbox', { name: 'عمّ تبحث؟' });
    await box.fill('مركز العمل');
    const row = page.locator('.entry-row').first();
    await expect.poll(() => row.getByRole('link').textContent()).toBe('Jobcenter Werra-Meißner, Eschwege');
    const direction = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).direction);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await direction('.entry-row')).toBe('rtl');
    expect(await direction('.entry-link span')).toBe('ltr');
    // Mirrored: the star sits on the left, the text starts on the right.
    const star = await row.getByRole('button', { name: /^حفظ:/ }).boundingBox();
    const name = await row.getByRole('link').boundingBox();
    expect(star && name && star.x < name.x).toBe(true);

    await page.goto(`${baseURL()}#/help`);
    const call = page.getByRole('link', { name: /112/ }).first();
    expect(await call.getAttribute('href')).toBe('tel:112');
    expect(await call.locator('[dir=ltr]').textContent()).toBe('112');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('icons of the home and of rows drawn by typing come from the page’s copy of the sprite, drawn, offline after a restart', async () => {
    const { context, page, errors } = await offlinePage('ar');
    await page.reload();
    await screenReady(page);
    // The copy is made once the first screen is shown, from the precached sprite (offline here),
    // and the home's icons wait for it: pointed at the file, each start loaded it as a document.
    await page.locator('svg.icon-sprite symbol#icon-star').waitFor({ state: 'attached' });
    await page.locator('.tiles a svg.icon use[href]').first().waitFor({ state: 'attached' });
    const home = await page.locator('svg.icon use').evaluateAll((uses) => uses.map((u) => u.getAttribute('href') ?? 'held'));
    expect(home.length).toBeGreaterThan(5);
    expect(home.filter((href) => !/^#icon-[a-z0-9-]+$/.test(href))).toEqual([]);
    await openList(page);
    await page.getByRole('searchbox').pressSequentially('مركز');
    await page.locator('.entry-list li').first().waitFor();
    const icons = await page.locator('.entry-list svg.icon use').evaluateAll((uses) =>
      uses.map((u) => ({ href: u.getAttribute('href'), width: (u as SVGGraphicsElement).getBBox().width })),
    );
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon.href).toMatch(/^#icon-[a-z0-9-]+$/);
      expect(icon.width).toBeGreaterThan(0);
    }
    // One element per id: the sprite's "map" or "search" took none of the app's.
    expect(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a favourite survives a reload offline, and can be removed', async () => {
    const { context, page, errors } = await offlinePage('de');
    await openList(page, '?q=Jobcenter');
    const star = page.getByRole('button', { name: 'Merken: Jobcenter Werra-Meißner, Eschwege' });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    // The star is drawn at once and stored a moment later: a reload before that would abort the
    // write (as it would for a user): the reload waits until the device holds it.
    const stored = async () => (await idbSnapshot(page)).stores.favourites?.keys ?? [];
    await expect.poll(stored).toEqual(['jobcenter-eschwege']);

    await page.goto(`${baseURL()}#/fav`);
    await page.reload();
    const saved = page.getByRole('button', { name: 'Merken: Jobcenter Werra-Meißner, Eschwege' });
    await saved.waitFor();
    expect(await saved.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('link', { name: 'Jobcenter Werra-Meißner, Eschwege' }).isVisible()).toBe(true);

    await saved.click();
    await page.getByText('Ihre Merkliste ist noch leer.').waitFor();
    await expect.poll(stored).toEqual([]);
    await page.reload();
    await page.getByText('Ihre Merkliste ist noch leer.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a municipality filter shows the district-wide offices and the town’s own, labelled', async () => {
    const { context, page, errors } = await offlinePage('de');
    await openList(page, '?all=1');
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Ort', exact: true }).selectOption({ label: 'Sontra' });
    await page.getByRole('button', { name: 'Filter entfernen: Sontra' }).waitFor();
    expect(new URL(page.url()).hash).toContain('ags=06636011');

    // Every result, as a user sees them after tapping "show more" until the list ends.
    const more = page.locator('.list-more');
    while (await more.count()) await more.click();
    const row = (name: string) => page.locator('.entry-row').filter({ has: page.getByRole('link', { name, exact: true }) });
    expect(await row('Rathaus Sontra (Stadtverwaltung)').locator('.entry-reach').textContent()).toBe('in Sontra');
    expect(await row('Jobcenter Werra-Meißner, Eschwege').locator('.entry-reach').textContent()).toBe('für den ganzen Kreis');
    expect(await row('Notruf 112 – Feuerwehr und Rettungsdienst').locator('.entry-reach').textContent()).toBe('für ganz Deutschland');
    expect(await row('Rathaus Eschwege (Stadtverwaltung)').count()).toBe(0);
    // The town's own offices come first (Sontra has several: town hall, naturalisation, police).
    expect(await page.locator('.entry-row').first().locator('.entry-reach').textContent()).toBe('in Sontra');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by distance only after a tap, computed on the phone, with the distance in each row', async () => {
    const context = await newContext(browser, { geolocation: { latitude: 51.3334, longitude: 9.858 }, permissions: ['geolocation'] });
    await context.addInitScript(() => {
      const geo = navigator.geolocation;
      const ask = geo.getCurrentPosition.bind(geo);
      (window as unknown as { asked: number }).asked = 0;
      geo.getCurrentPosition = (...args) => {
        (window as unknown as { asked: number }).asked++;
        ask(...args);
      };
    });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await firstVisit(page, 'de');
    await waitForOffline(page);
    await context.setOffline(true);
    await openList(page, '?all=1');
    const asked = () => page.evaluate(() => (window as unknown as { asked: number }).asked);
    expect(await asked()).toBe(0);
    expect(await page.locator('.entry-distance').count()).toBe(0);

    const nearest = page.getByRole('button', { name: 'Nächste zuerst' });
    await nearest.click();
    await expect.poll(() => nearest.getAttribute('aria-pressed')).toBe('true');
    expect(await asked()).toBe(1);
    expect(new URL(page.url()).hash).toContain('sort=distance');
    // The point given is Witzenhausen's: its offices come first, a few hundred metres away.
    const first = page.locator('.entry-row').first();
    expect(await first.locator('.entry-town').textContent()).toBe('Witzenhausen');
    expect(await first.locator('.entry-distance').textContent()).toMatch(/^\d+ m entfernt$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Back from an entry found by typing, or on a second page, returns to its row, every row drawn', { timeout: 120_000 }, async () => {
    // A key draws its first rows at once and the rest a frame later (LaterRows); Back draws all.
    const { context, page, errors } = await offlinePage('de');
    await page.setViewportSize({ width: 360, height: 740 });
    await openList(page);
    await page.getByRole('searchbox').pressSequentially('Eschwege', { delay: 80 });
    await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('q')).toBe('Eschwege');
    await screenReady(page);
    const rows = page.locator('.entry-list .entry-row');
    const total = Number(/\d+/.exec((await page.locator('#list-count').textContent()) ?? '')?.[0]);
    const page1 = Math.min(total, 20);
    expect(page1).toBeGreaterThan(8);
    expect(await rows.count()).toBe(page1);
    const typed = await tapAndComeBack(page, rows.nth(page1 - 2).locator('a.entry-link'), () => page.goBack());
    // Far below the rows a key draws first: landing on a missing row would fail.
    expect(typed.before).toBeGreaterThan(1000);
    expect(Math.abs(typed.after - typed.before)).toBeLessThanOrEqual(3);
    expect(await rows.count()).toBe(page1);

    // After "show more", Back comes to a row of the second page, drawn again.
    await openList(page, '?all=1');
    await screenReady(page);
    expect(await rows.count()).toBe(20);
    await page.locator('.list-more').click();
    await expect.poll(() => rows.count()).toBe(40);
    await screenReady(page);
    const further = await tapAndComeBack(page, rows.nth(35).locator('a.entry-link'), () => page.goBack());
    expect(await rows.count()).toBe(40);
    expect(Math.abs(further.after - further.before)).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a hostile search string breaks nothing', async () => {
    const { context, page, errors } = await offlinePage('fa-AF');
    await openList(page);
    const box = page.getByRole('searchbox');
    const hostile = `\u202e👩‍👩‍👧\u200d\u200c\u200b<img src=x onerror=alert(1)>%E0%A4%A\uFEFF${'جاب سنتر 😀\u202e '.repeat(1000)}`.slice(0, 10_000);
    await box.fill(hostile);
    await page.getByRole('status').filter({ hasText: /نتیجه/ }).waitFor();
    await box.pressSequentially('\u202e😀\u200d');
    await box.fill('');
    // An empty box offers the topics again.
    await expect.poll(() => page.locator('.list-topics a.tile').count()).toBeGreaterThan(5);
    // The same text arriving through a link.
    await page.goto(`${baseURL()}#/list?q=${encodeURIComponent(hostile.slice(0, 3000))}%E0%A4%A&ags=x&sort=<b>`);
    await page.getByRole('status').filter({ hasText: /نتیجه/ }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

