import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadData } from '../../scripts/lib/load-data';
import { app } from '../app/state';
import { testEntry, testRegion } from '../directory/search.samples';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import { shownFromQuery } from './ListScreen';
import { prepareIndex } from './use-search';
import { telHref } from '../directory/phones';
import { DISTRICT_CONTACT_ID } from './emergency-model';
import { testRoot } from '../ui/test-root.test-util';
import { ListHarness, nextHashChange, typeInList } from './list-screen.test-util';

let directory: Directory;
const root = testRoot();

async function show(hash: string, dir: Directory = directory) {
  location.hash = hash;
  app.set({ directory: dir, favourites: [], storage: memoryStorage() });
  await act(() => render(<ListHarness />, root()));
  // The index is built in time slices after the screen is drawn: wait until it is ready.
  await act(() => prepareIndex(dir).then(() => undefined));
}

const type = (text: string) => typeInList(root(), text);

const rows = () => [...root().querySelectorAll('.entry-row')];
const rowOf = (id: string) => rows().find((r) => r.querySelector('.entry-link')?.getAttribute('href') === `#/e/${id}`);
const count = () => root().querySelector('.list-count')?.textContent;

beforeAll(async () => {
  await initI18n('de');
  const data = await loadData('data');
  directory = data.directory!;
});

describe('list screen', () => {
  it('answers who takes naturalisation applications in a town that takes them itself (Sontra)', async () => {
    await show('#/list?ags=06636011');
    await type('Einbürgerung');
    expect(rowOf('einbuergerung-sontra')).toBeDefined();
    expect(rowOf('einbuergerung-werra-meissner-kreis')).toBeUndefined();
  });

  it('answers who takes naturalisation applications in a municipality the Kreis serves (Berkatal)', async () => {
    await show('#/list?ags=06636002');
    await type('Einbürgerung');
    expect(rowOf('einbuergerung-werra-meissner-kreis')).toBeDefined();
    expect(rowOf('einbuergerung-sontra')).toBeUndefined();
  });

  it('labels an office that serves the district from outside it', async () => {
    await show('#/list?cat=gesundheit');
    expect(rowOf('psychosoziales-zentrum-nordhessen')?.textContent).toContain('Sitz außerhalb des Kreises');
    expect(rowOf('klinikum-werra-meissner-eschwege')?.textContent).not.toContain('Sitz außerhalb des Kreises');
  });

  it('shows district-wide offices and the chosen town’s own, and says which is which', async () => {
    await show('#/list?ags=06636011&all=1');
    expect(rowOf('rathaus-sontra')?.querySelector('.entry-reach')?.textContent).toBe('in Sontra');
    expect(rowOf('jobcenter-eschwege')?.querySelector('.entry-reach')?.textContent).toBe('für den ganzen Kreis');
    expect(rowOf('rathaus-eschwege')).toBeUndefined();
    expect(rows()[0]?.querySelector('.entry-reach')?.textContent).toBe('in Sontra');
    expect(root().querySelector('.active-filters')?.textContent).toContain('Sontra');
    expect(root().querySelector('.list-filters summary')?.textContent).toBe('Filter: 1 gewählt');
  });

  it('draws the filter fields when the filters are opened, with the set ones chosen', async () => {
    await show('#/list?ags=06636011&all=1');
    const town = () => root().querySelector<HTMLSelectElement>('#f-town');
    expect(town()).toBeNull();
    await act(() => root().querySelector<HTMLElement>('.list-filters summary')!.click());
    expect(town()?.value).toBe('06636011');
    await act(() => {
      const category = root().querySelector<HTMLSelectElement>('#f-cat')!;
      category.value = 'arbeit';
      category.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(new URLSearchParams(location.hash.split('?')[1]).get('cat')).toBe('arbeit');
    expect(town()?.value).toBe('06636011');
    // Each picker sets its own filter and keeps the others; "any" drops only its own.
    const pick = (id: string, value: string) =>
      act(() => {
        const select = root().querySelector<HTMLSelectElement>(id)!;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    const spoken = [...root().querySelectorAll<HTMLOptionElement>('#f-lang option')].map((o) => o.value).filter((v) => v !== '');
    expect(spoken.length).toBeGreaterThan(0);
    await pick('#f-lang', spoken[0]!);
    const params = () => new URLSearchParams(location.hash.split('?')[1]);
    expect([params().get('cat'), params().get('ags'), params().get('lang')]).toEqual(['arbeit', '06636011', spoken[0]]);
    await pick('#f-town', '');
    expect([params().get('cat'), params().get('ags'), params().get('lang')]).toEqual(['arbeit', null, spoken[0]]);
    await pick('#f-cat', '');
    expect([params().get('cat'), params().get('ags'), params().get('lang')]).toEqual([null, null, spoken[0]]);
  });

  it('without a query shows the topics as tiles, not every entry', async () => {
    await show('#/list');
    expect(rows()).toHaveLength(0);
    const tiles = [...root().querySelectorAll('.list-topics a.tile')].map((a) => a.getAttribute('href'));
    const used = [...new Set(directory.entries.map((e) => e.category))];
    expect(tiles.sort()).toEqual(used.map((c) => `#/list?cat=${c}`).sort());
    expect(root().querySelector('.list-topics a.button')?.getAttribute('href')).toBe('#/list?all=1');
  });

  it('"طوارئ" lists the emergency lines and folds the entries that only mention the word', async () => {
    await show('#/list');
    await type('طوارئ');
    const front = rows().filter((r) => !r.closest('.list-weak'));
    expect(front[0]?.querySelector('.entry-link')?.getAttribute('href')).toBe('#/e/notruf-112');
    expect(front.length).toBeLessThan(15);
    expect(root().querySelector('.list-weak')?.hasAttribute('open')).toBe(false);
    // Folded rows are drawn when the fold is opened (a count in the summary, rows under it).
    const weak = () => root().querySelectorAll('.list-weak .entry-row').length;
    const said = Number(root().querySelector('.list-weak summary')?.textContent?.replace(/\D/g, ''));
    expect(said).toBeGreaterThan(0);
    expect(weak()).toBe(0);
    await act(() => root().querySelector<HTMLElement>('.list-weak summary')!.click());
    expect(weak()).toBe(Math.min(said, 20));
  });

  it('Sontra has no food bank: the nearest ones elsewhere, measured from Sontra’s centre', async () => {
    await show('#/list?ags=06636011&cat=alltag');
    // What Sontra keeps has no address to go to (a phone line for the whole district).
    expect(rows().filter((r) => !r.closest('.list-nearby')).every((r) => r.querySelector('.entry-town') === null)).toBe(true);
    const near = [...root().querySelectorAll('.list-nearby .entry-row')];
    // Hand-worked haversine from Sontra (51.0717, 9.9356): Eschwege 14.94 km, Witzenhausen 29.60 km.
    expect(near.map((r) => r.querySelector('.entry-distance')?.textContent)).toEqual(['15 km ab Sontra (Mitte)', '30 km ab Sontra (Mitte)']);
    expect(near.map((r) => r.querySelector('.entry-link')?.getAttribute('href'))).toEqual(['#/e/eschweger-tafel', '#/e/witzenhaeuser-tafel']);
  });

  it('"nearest first" without a position measures from the home town at once, and says so', async () => {
    app.set({ home: '06636011' });
    try {
      await show('#/list?cat=rathaus&all=1');
      const nearest = [...root().querySelectorAll<HTMLButtonElement>('.list-sort button')].find((b) => b.textContent === 'Nächste zuerst')!;
      // The new order reaches the list by the hashchange event that navigate() fires.
      const moved = nextHashChange();
      await act(() => nearest.click());
      await act(() => moved);
      expect(new URLSearchParams(location.hash.split('?')[1]).get('sort')).toBe('distance');
      expect(root().querySelector('.list-sort-note')?.textContent).toContain('Gemessen ab der Mitte von Sontra.');
      // Sontra's own town hall stands at the town centre: 10 m, the shortest distance shown.
      expect(rows()[0]?.querySelector('.entry-link')?.getAttribute('href')).toBe('#/e/rathaus-sontra');
      expect(rows()[0]?.querySelector('.entry-distance')?.textContent).toBe('10 m ab Sontra (Mitte)');
    } finally {
      app.set({ home: undefined });
    }
  });

  it('searches as you type and keeps the URL in step without a history step', async () => {
    await show('#/list');
    const steps = history.length;
    await type('центр зайнятості');
    expect(rows()[0]?.querySelector('.entry-link')?.getAttribute('href')).toBe('#/e/jobcenter-eschwege');
    expect(new URLSearchParams(location.hash.split('?')[1]).get('q')).toBe('центр зайнятості');
    expect(history.length).toBe(steps);
    expect(count()).toMatch(/^\d+ Ergebnisse?$/);
  });

  it('takes a query that comes from the URL (back button, a link) into the box', async () => {
    await show('#/list?q=Jobcenter');
    const box = () => root().querySelector<HTMLInputElement>('input[type=search]')!.value;
    expect(box()).toBe('Jobcenter');
    await type('Jobcenter Esch');
    await act(async () => {
      history.replaceState(null, '', '#/list?q=Tafel');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    // Nothing to wait for: the event is dispatched inside act, which draws the screen and runs its
    // effects (the one that takes the URL's query into the box) before it returns.
    expect(box()).toBe('Tafel');
    expect(rows().map((r) => r.querySelector('.entry-link')?.getAttribute('href'))).toContain('#/e/eschweger-tafel');
  });

  it('finds entries of a town typed in Cyrillic', async () => {
    await show('#/list');
    await type('Ешвеге');
    expect(rows().length).toBeGreaterThan(0);
    expect(rowOf('rathaus-eschwege')).toBeDefined();
  });

  it('says what to try when nothing is found: drop a filter, check spelling, call the district’s switchboard', async () => {
    await show('#/list?ags=06636011&cat=arbeit');
    await type('qqxxzz');
    expect(rows()).toHaveLength(0);
    expect(count()).toBe('0 Ergebnisse');
    const empty = root().querySelector('.list-empty')!;
    expect(empty.textContent).toContain('wie das Wort geschrieben ist');
    const hotline = directory.entries.find((e) => e.id === DISTRICT_CONTACT_ID)!;
    expect(empty.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe(telHref(hotline.phones[0]!.number));
    const drop = empty.querySelector<HTMLButtonElement>('button[aria-label="Filter entfernen: Sontra"]')!;
    await act(() => drop.click());
    expect(new URLSearchParams(location.hash.split('?')[1]).get('ags')).toBeNull();
    expect(new URLSearchParams(location.hash.split('?')[1]).get('cat')).toBe('arbeit');
  });

  it('on a Sunday at 22:30 the health list offers 112 and 116 117 first and finds the hospital open now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 29, 22, 30));
    try {
      await show('#/list?cat=gesundheit&open=1');
      // "Open now" waits for the hours module, which arrives by dynamic import.
      await vi.waitFor(() => expect(count()).not.toBe('Wird geladen …'));
      const calls = [...root().querySelectorAll('.urgent a.call-link')].map((a) => a.getAttribute('href'));
      expect(calls).toEqual(['tel:112', 'tel:116117']);
      // The calls stand above the rows.
      expect(root().querySelector('.urgent')!.compareDocumentPosition(root().querySelector('.entry-list')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(rowOf('klinikum-werra-meissner-witzenhausen')?.querySelector('.hours-badge')?.textContent).toBe('Immer offen');
      expect(rowOf('aebd-werra-meissner-sued')).toBeUndefined();
      expect(root().textContent).not.toContain('Mittwoch');
    } finally {
      vi.useRealTimers();
    }
  });

  it('when "open now" finds nothing, 112 and 116 117 come first, before the other suggestions', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 29, 22, 30));
    try {
      await show('#/list?cat=arbeit&open=1');
      await vi.waitFor(() => expect(count()).toBe('0 Ergebnisse'));
      const empty = root().querySelector('.list-empty')!;
      const calls = [...empty.querySelectorAll('a.call-link')].map((a) => a.getAttribute('href'));
      const hotline = directory.entries.find((e) => e.id === DISTRICT_CONTACT_ID)!;
      expect(calls).toEqual(['tel:112', 'tel:116117', telHref(hotline.phones[0]!.number)]);
      expect(empty.children[1]?.classList.contains('urgent')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('survives hostile input: emoji, bidi overrides, joiners and 10,000 characters', async () => {
    await show('#/list');
    await type(`👩‍👩‍👧\u202e\u200d\u200b<script>${'Jobcenter 😀 '.repeat(800)}`.slice(0, 10_000));
    expect(count()).toMatch(/Ergebnis/);
    expect(() => decodeURIComponent(location.hash)).not.toThrow();
  });

  it('stars an entry and shows it pressed', async () => {
    await show('#/list?q=Jobcenter');
    const star = rowOf('jobcenter-eschwege')!.querySelector<HTMLButtonElement>('.entry-star')!;
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await act(() => star.click());
    expect(app.get().favourites).toContain('jobcenter-eschwege');
    expect(star.getAttribute('aria-pressed')).toBe('true');
  });

  it('draws 20 rows and then more on request', async () => {
    const many: Directory = {
      format: 1,
      version: 'v',
      asOf: '2026-01-01',
      region: testRegion(),
      entries: Array.from({ length: 50 }, (_, i) => testEntry(`e${i}`, { name: `Beratung ${i}`, scope: { kind: 'district' } })),
    };
    await show('#/list?all=1', many);
    expect(rows()).toHaveLength(20);
    expect(count()).toBe('50 Ergebnisse');
    const more = root().querySelector<HTMLButtonElement>('.list-more')!;
    expect(more.textContent).toBe('20 weitere zeigen');
    await act(() => more.click());
    expect(rows()).toHaveLength(40);
    const last = root().querySelector<HTMLButtonElement>('.list-more')!;
    expect(last.textContent).toBe('10 weitere zeigen');
    await act(() => last.click());
    expect(rows()).toHaveLength(50);
    expect(root().querySelector('.list-more')).toBeNull();
    // The URL keeps how many are shown (no history step), so Back to it draws them all again.
    expect(new URLSearchParams(location.hash.split('?')[1]).get('more')).toBe('60');
    render(null, root());
    await show(location.hash, many);
    expect(rows()).toHaveLength(50);
    // Another order (or filter) starts at the first page again.
    render(null, root());
    await show('#/list?all=1&more=40', many);
    expect(rows()).toHaveLength(40);
    const arrived = nextHashChange();
    await act(() => {
      location.hash = '#/list?all=1&more=40&sort=name';
    });
    await act(() => arrived);
    expect(rows()).toHaveLength(20);
  });

  it('reads the rows shown from the URL only as a multiple of the page, within bounds', () => {
    expect([null, '', 'x', '-40', '20', '7', '45', '40', '1e9'].map(shownFromQuery)).toEqual([20, 20, 20, 20, 20, 20, 40, 40, 1000]);
  });
});
