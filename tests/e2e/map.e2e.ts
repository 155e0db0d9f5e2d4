import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Directory, Entry } from '../../src/directory/types';
import { distDir } from './chromium';
import { baseURL, firstVisit, newContext, serveCopy, stop, waitForOffline } from './helpers';
import { tileServer, useTileHost, type TileServer } from './tiles';
import { browser } from './session';

// Expectations come from the data the build ships, never from a number written here.
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
const region = directory.region;
const tileHost = new URL(region.tileUrl.replace(/\{[a-z]+\}/g, '0')).host;
const arMap = JSON.parse(readFileSync('locales/ar/map.json', 'utf8')) as { mapLabel: string; zoomIn: string; list: { title: string } };

/**
 * The located entries the map should show for a category and, optionally, a municipality, worked
 * out here from the data and the rule as a person states it (not with the app's filter code): an
 * entry is for people living in a municipality when it is district-, state- or nationwide, or
 * names that municipality.
 */
function expectedOnMap(category: string, ags?: string): readonly Entry[] {
  return directory.entries.filter(
    (e) =>
      e.location &&
      e.category === category &&
      (ags === undefined || e.scope.kind !== 'municipalities' || e.scope.ags.includes(ags)),
  );
}

const points = (entries: readonly Entry[]) => new Set(entries.map((e) => `${e.location?.lat},${e.location?.lon}`)).size;

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('map-municipality').first().waitFor({ state: 'attached' });
}

/** Entry ids of all markers, one per entry (a marker holds every entry at its point). */
async function markerIds(page: Page): Promise<string[]> {
  const ids = await page.getByTestId('map-marker').evaluateAll((els) => els.flatMap((el) => (el.getAttribute('data-ids') ?? '').split(' ')));
  return ids.sort();
}

function recordTileRequests(context: BrowserContext, host: string): string[] {
  const seen: string[] = [];
  context.on('request', (req) => {
    if (new URL(req.url()).host === host) seen.push(req.url());
  });
  return seen;
}


describe('offline map', () => {
  it('loads Leaflet and contacts the tile host only once the map is opened', async () => {
    const context = await newContext(browser);
    const tiles = recordTileRequests(context, tileHost);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (req) => scripts.push(req.url()));
    await firstVisit(page, 'de');
    for (const screen of ['list', 'list?cat=rathaus', 'help', '']) {
      await page.goto(`${baseURL()}#/${screen}`);
      await page.locator('main h1').first().waitFor();
    }
    expect(scripts.filter((u) => /assets\/leaflet/.test(u))).toEqual([]);
    expect(tiles).toEqual([]);

    await openMap(page, `${baseURL()}#/map`);
    expect(scripts.filter((u) => /assets\/leaflet-[\w-]+\.js$/.test(u)).length).toBeGreaterThan(0);
    // Markers and labels are HTML and SVG: no Leaflet marker image is ever fetched.
    expect(scripts.filter((u) => /marker-icon|marker-shadow|layers(-2x)?\.png/.test(u))).toEqual([]);
    // Once opened (and online), the map asks the tile host for its street tiles.
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    expect(tiles.every((u) => /\/\d+\/\d+\/\d+\.png$/.test(new URL(u).pathname))).toBe(true);
    await context.close();
  });

  it('draws the 16 municipalities and the filtered markers offline, without asking the tile host', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'de');
    await waitForOffline(page);
    await context.setOffline(true);
    const tiles = recordTileRequests(context, tileHost);

    await openMap(page, `${baseURL()}#/map?cat=rathaus`);
    await expect(page.getByTestId('map-municipality').count()).resolves.toBe(region.municipalities.length);
    expect(region.municipalities).toHaveLength(16);
    await expect(page.getByTestId('map-district').count()).resolves.toBe(1);
    await expect(page.locator('.map-label span[data-ags="06636003"]').textContent()).resolves.toBe('Eschwege');
    await expect(page.getByTestId('map-offline').isVisible()).resolves.toBe(true);

    const townHalls = expectedOnMap('rathaus');
    expect(await markerIds(page)).toEqual(townHalls.map((e) => e.id).sort());
    await expect(page.getByTestId('map-marker').count()).resolves.toBe(points(townHalls));
    await expect(page.getByTestId('map-list').getByRole('listitem').count()).resolves.toBe(townHalls.length);

    // A town hall known only to the town: hollow marker, popup says so, links to the detail.
    const approx = townHalls.find((e) => e.location?.precision === 'town' && points(townHalls.filter((o) => o.location?.lat === e.location?.lat)) === 1);
    expect(approx).toBeDefined();
    const marker = page.locator(`[data-testid="map-marker"][data-ids="${approx?.id}"]`);
    await expect(marker.locator('.map-pin-approx').count()).resolves.toBe(1);
    await marker.click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    await expect(popup.locator('.map-popup-name [lang]').getAttribute('lang')).resolves.toBe('de');
    await expect(popup.locator('.map-popup-name').textContent()).resolves.toBe(approx?.name);
    await expect(popup.locator('.map-popup-category').textContent()).resolves.toBe(region.categories.find((c) => c.id === 'rathaus')?.label.de);
    await expect(popup.locator('.map-popup-approx').count()).resolves.toBe(1);
    await expect(popup.getByRole('link').getAttribute('href')).resolves.toBe(`#/e/${approx?.id}`);

    // Other filters from the URL, the same format as the list's.
    const witzenhausen = region.municipalities.find((m) => m.name === 'Witzenhausen')?.ags ?? '';
    await openMap(page, `${baseURL()}#/map?cat=rathaus&ags=${witzenhausen}`);
    const forWitzenhausen = expectedOnMap('rathaus', witzenhausen);
    // Both kinds are in the data (its own town hall, and district-wide offices), or the
    // municipality filter would go untested.
    expect(forWitzenhausen.some((e) => e.scope.kind === 'municipalities')).toBe(true);
    expect(forWitzenhausen.some((e) => e.scope.kind !== 'municipalities')).toBe(true);
    expect(forWitzenhausen.length).toBeLessThan(townHalls.length);
    await expect.poll(() => markerIds(page)).toEqual(forWitzenhausen.map((e) => e.id).sort());
    await expect.poll(() => page.locator('.map-highlight').getAttribute('data-testid')).toBe('map-municipality');

    expect(tiles).toEqual([]);
    await context.close();
  });

  it('works in Arabic: right-to-left controls, Arabic labels, popup for a focused entry', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'ar');
    await waitForOffline(page);
    await context.setOffline(true);
    const focus = directory.entries.find((e) => e.id === region.municipalities[2]?.townHall && e.location);
    expect(focus).toBeDefined();

    await openMap(page, `${baseURL()}#/map?focus=${focus?.id}`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The region's name comes from the data, not from the locale text.
    const mapName = arMap.mapLabel.replace('{{region}}', region.names.ar ?? region.name);
    await expect(page.getByRole('region', { name: mapName }).count()).resolves.toBe(1);
    await expect(page.locator('.leaflet-top.leaflet-right').getByRole('button', { name: arMap.zoomIn }).count()).resolves.toBe(1);
    const eschwege = region.municipalities.find((m) => m.ags === '06636003');
    const label = page.locator('.map-label span[data-ags="06636003"]');
    await expect(label.textContent()).resolves.toBe(eschwege?.names.ar);
    await expect(label.evaluate((el) => [(el as HTMLElement).lang, (el as HTMLElement).dir])).resolves.toEqual(['ar', 'rtl']);

    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    await expect(popup.evaluate((el) => [(el as HTMLElement).lang, (el as HTMLElement).dir])).resolves.toEqual(['ar', 'rtl']);
    await expect(popup.locator(`[data-id="${focus?.id}"] .map-popup-name`).textContent()).resolves.toBe(focus?.name);
    await expect(page.getByRole('heading', { level: 2, name: arMap.list.title }).count()).resolves.toBe(1);
    await context.close();
  });
});

/** The tile server's hits once the map has settled: no tile loading, some kept, no new hit or kept tile for 500 ms. */
async function settledTiles(page: Page, tiles: TileServer): Promise<number> {
  let last = '';
  for (;;) {
    const state = await page.evaluate(async () => ({
      loading: document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)').length,
      kept: (await (await caches.open('map-tiles')).keys()).length,
    }));
    const hits = tiles.hits();
    const now = `${hits} ${state.kept}`;
    if (state.loading === 0 && state.kept > 0 && now === last) return hits;
    last = now;
    await page.waitForTimeout(500);
  }
}

/** The biggest group of entries that share one point in the built data: plain counting, no app code. */
function biggestStack(): readonly Entry[] {
  const byPoint = new Map<string, Entry[]>();
  for (const e of directory.entries) {
    if (!e.location) continue;
    const key = `${e.location.lat},${e.location.lon}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), e]);
  }
  return [...byPoint.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

describe('entries that share one point', () => {
  it('shows the count on the Eschwege point and the focused entry first, also after a reload from storage', async () => {
    const stack = biggestStack();
    expect(stack.length).toBeGreaterThan(1);
    const eschwege = region.municipalities.find((m) => m.ags === '06636003');
    expect(Math.abs((stack[0]?.location?.lat ?? 0) - (eschwege?.centre.lat ?? 0))).toBeLessThan(0.02);
    expect(Math.abs((stack[0]?.location?.lon ?? 0) - (eschwege?.centre.lon ?? 0))).toBeLessThan(0.02);
    // The last of the stack: before, the popup always showed the first.
    const focus = stack[stack.length - 1]!;
    const approximate = stack.some((e) => e.location?.precision === 'town');

    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'de');
    await waitForOffline(page);
    await context.setOffline(true);

    const check = async () => {
      const marker = page.locator(`[data-testid="map-marker"][data-ids~="${focus.id}"]`);
      await expect(marker.locator('.map-pin').textContent()).resolves.toBe(String(stack.length));
      await expect(marker.getAttribute('data-ids').then((ids) => ids?.split(' ').sort())).resolves.toEqual(stack.map((e) => e.id).sort());
      await expect(marker.locator('.map-pin-approx').count()).resolves.toBe(approximate ? 1 : 0);
      const popup = page.locator('.leaflet-popup .map-popup');
      await popup.waitFor();
      await expect(popup.locator('.map-popup-name').first().textContent()).resolves.toBe(focus.name);
      await expect(popup.locator('.map-popup-focus').getAttribute('data-id')).resolves.toBe(focus.id);
      const links = await popup.getByRole('link').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(stack.map((e) => `#/e/${e.id}`).sort());
    };
    await openMap(page, `${baseURL()}#/map?focus=${focus.id}`);
    await check();
    await page.reload();
    await page.getByTestId('map-municipality').first().waitFor({ state: 'attached' });
    await check();
    await context.close();
  });
});

describe('street tiles', () => {
  it('keeps the tiles a user viewed and shows them offline without any request', async () => {
    const copy = await serveCopy();
    const tiles = await tileServer();
    // This deployment names another tile host: in its data and in its CSP.
    await useTileHost(copy, tiles);
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      expect(tiles.hits()).toBe(0);

      await openMap(page, `${copy.url}#/map`);
      await page.locator('img.leaflet-tile-loaded').first().waitFor({ state: 'attached' });
      // The map may still move (fitting the markers) and ask for more tiles after the first one:
      // count only once every tile shown has loaded, is kept, and no new request came meanwhile.
      const viewed = await settledTiles(page, tiles);
      expect(viewed).toBeGreaterThan(0);

      await context.setOffline(true);
      const requested = recordTileRequests(context, new URL(tiles.origin).host);
      await page.reload();
      await page.getByTestId('map-municipality').first().waitFor({ state: 'attached' });
      await page.locator('img.leaflet-tile-loaded[src^="data:image/png"]').first().waitFor({ state: 'attached' });
      expect(requested).toEqual([]);
      expect(tiles.hits()).toBe(viewed);
    } finally {
      await context.close();
      await stop(copy.server);
      await tiles.close();
    }
  });
});
