import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { filtersFromQuery } from '../directory/filter';
import { localized, testEntry, testRegion } from '../directory/search.samples';
import type { Directory, Entry } from '../directory/types';
import { activeFilters, clip, factsAhead, favouriteItems, firstSentence, listItems, listPage, listQuery, sortFromQuery, withoutFilter } from './list-model';
import { indexFor, searchAll } from './use-search';

const SONTRA = '06636011';
const ESCHWEGE = '06636003';
const ctx = { now: new Date(2026, 0, 12, 10, 0) };

const entries: Entry[] = [
  testEntry('jobcenter', {
    name: 'Jobcenter Werra-Meißner',
    scope: { kind: 'district' },
    keywords: ['центр зайнятості'],
    location: { lat: 51.1839, lon: 10.0533, precision: 'town', source: 'test' },
  }),
  testEntry('rathaus-sontra', {
    name: 'Rathaus Sontra',
    category: 'rathaus',
    scope: { kind: 'municipalities', ags: [SONTRA] },
    location: { lat: 51.0717, lon: 9.9356, precision: 'town', source: 'test' },
  }),
  testEntry('rathaus-eschwege', { name: 'Rathaus Eschwege', category: 'rathaus', scope: { kind: 'municipalities', ags: [ESCHWEGE] } }),
  testEntry('hotline', { name: 'Anruf national', scope: { kind: 'national' } }),
  testEntry('land', { name: 'Beratung Hessen', scope: { kind: 'state' } }),
];
const directory: Directory = { format: 1, version: 'v', asOf: '2026-01-01', region: testRegion(), entries };
const ids = (items: readonly { entry: Entry }[]) => items.map((i) => i.entry.id);
/** A hit as search() gives it: with the entry's position in the directory (-1: not there). */
const hit = (id: string, score: number) => ({ id, score, at: entries.findIndex((e) => e.id === id) });

describe('listItems', () => {
  it('lists everything without a query, the local offices first', () => {
    const items = listItems(directory, { filters: {}, ctx, sort: 'relevance' });
    expect(ids(items)).toEqual(['rathaus-sontra', 'rathaus-eschwege', 'jobcenter', 'land', 'hotline']);
    expect(items.map((i) => i.reach)).toEqual(['local', 'local', 'district', 'state', 'national']);
  });

  it('for Sontra keeps the district-wide offices and Sontra’s own, not another town’s', () => {
    const items = listItems(directory, { filters: { ags: SONTRA }, ctx, sort: 'relevance' });
    expect(ids(items)).toEqual(['rathaus-sontra', 'jobcenter', 'land', 'hotline']);
  });

  it('orders search hits by score and, at equal score, the local office first', () => {
    const hits = [
      hit('hotline', 5),
      hit('jobcenter', 9),
      hit('rathaus-eschwege', 5),
      hit('unknown-id', 20),
    ];
    const items = listItems(directory, { hits, filters: {}, ctx, sort: 'relevance' });
    expect(ids(items)).toEqual(['jobcenter', 'rathaus-eschwege', 'hotline']);
    expect(items[0]?.score).toBe(9);
  });

  it('applies filters to search hits too', () => {
    const hits = [hit('rathaus-eschwege', 9), hit('jobcenter', 5)];
    expect(ids(listItems(directory, { hits, filters: { ags: SONTRA }, ctx, sort: 'relevance' }))).toEqual(['jobcenter']);
    expect(ids(listItems(directory, { hits, filters: { category: 'rathaus' }, ctx, sort: 'relevance' }))).toEqual(['rathaus-eschwege']);
  });

  it('sorts by name and by distance, with the distance in each row that has a place', () => {
    expect(ids(listItems(directory, { filters: {}, ctx, sort: 'name' }))[0]).toBe('hotline');
    const nearSontra = { lat: 51.07, lon: 9.93 };
    const items = listItems(directory, { filters: {}, ctx, sort: 'distance', position: nearSontra });
    expect(ids(items).slice(0, 2)).toEqual(['rathaus-sontra', 'jobcenter']);
    expect(items[0]?.km).toBeLessThan(1);
    expect(items[1]?.km).toBeGreaterThan(10);
    expect(items[2]?.km).toBeUndefined();
  });

  it('keeps “open now” empty until it is known what is open', () => {
    expect(listItems(directory, { filters: { openNow: true }, ctx, sort: 'relevance' })).toEqual([]);
    const isOpen = (e: Entry) => e.id === 'jobcenter';
    expect(ids(listItems(directory, { filters: { openNow: true }, ctx: { ...ctx, isOpen }, sort: 'relevance' }))).toEqual(['jobcenter']);
  });
});

describe('listPage', () => {
  // Many entries whose names match a query equally well, so scores tie and the finer order
  // (reach, rank, the search's own order) decides: the case where sorting only a prefix could go wrong.
  const towns = [SONTRA, ESCHWEGE];
  const kinds = ['Beratung', 'Jobcenter', 'Tafel', 'Beratung Tafel', 'Kleiderkammer'];
  const many: Entry[] = Array.from({ length: 240 }, (_, i) =>
    testEntry(`e${i}`, {
      name: `${kinds[i % kinds.length]} ${i % 3 === 0 ? 'Eschwege' : 'Sontra'}${i % 7 === 0 ? ' Mitte' : ''}`,
      category: i % 4 === 0 ? 'rathaus' : 'arbeit',
      scope: i % 5 === 0 ? { kind: 'national' } : i % 2 === 0 ? { kind: 'district' } : { kind: 'municipalities', ags: [towns[i % 2] ?? SONTRA] },
      ...(i % 11 === 0 ? { rank: 1 + (i % 4) } : {}),
      ...(i % 3 === 1 ? { location: { lat: 51.07 + i / 10_000, lon: 9.93, precision: 'town' as const, source: 'test' } } : {}),
    }),
  );
  const big: Directory = { ...directory, entries: many };
  const queries = ['b', 'be', 'beratung', 'tafel', 'jobcenter sontra', 'eschwege', 'mitte', 'kleider'];
  const filterSets = [{}, { ags: SONTRA }, { category: 'rathaus' }];

  it('draws the same first rows as the whole list, counts all of them and says whether one has a place', () => {
    let compared = 0;
    for (const query of queries) {
      const hits = searchAll(big, query) ?? [];
      expect(hits.length).toBeGreaterThan(0);
      for (const filters of filterSets) {
        for (const position of [undefined, { lat: 51.2, lon: 10.0 }]) {
          const input = { hits, filters, ctx, sort: 'relevance' as const, ...(position ? { position } : {}) };
          const whole = listItems(big, input);
          for (const limit of [1, 2, 5, 20, 1000]) {
            const page = listPage(big, input, limit);
            expect(page.items).toEqual(whole.slice(0, limit));
            expect(page.total).toBe(whole.length);
            expect(page.located).toBe(whole.some((i) => i.entry.location !== undefined));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(queries.length * filterSets.length * 2 * 5);
  });

  it('without a query, or sorted by name, gives the first rows of the whole sorted list', () => {
    for (const sort of ['relevance', 'name'] as const) {
      const whole = listItems(big, { filters: { ags: SONTRA }, ctx, sort });
      const page = listPage(big, { filters: { ags: SONTRA }, ctx, sort }, 20);
      expect(page.items).toEqual(whole.slice(0, 20));
      expect(page.total).toBe(whole.length);
    }
  });

  it('draws the same rows when what they read of every entry was begun in idle time, finished or not', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (step: IdleRequestCallback) => idle.push(step));
    onTestFinished(() => void vi.unstubAllGlobals());
    // 2,400 entries: more than one idle step's worth.
    const entries = Array.from({ length: 10 }, (_, k) => many.map((e) => ({ ...e, id: `${e.id}-${k}` }))).flat();
    const page = (d: Directory) => listPage(d, { hits: searchAll(d, 'beratung') ?? [], filters: {}, ctx, sort: 'relevance' }, 20);
    const expected = page({ ...big, entries });
    expect(expected.items).toHaveLength(20);
    // Begun, one step of it run, then the first search.
    const partly: Directory = { ...big, entries };
    factsAhead(partly);
    let asked = 0;
    idle.shift()?.({ didTimeout: false, timeRemaining: () => (asked++ === 0 ? 10 : 0) });
    expect(idle).toHaveLength(1);
    expect(page(partly)).toEqual(expected);
    // The step left waiting finds the search took the facts over, and asks for no more.
    idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    expect(idle).toHaveLength(0);
    // Finished in idle time before the first search; once made, none is begun again.
    const ahead: Directory = { ...big, entries };
    factsAhead(ahead);
    for (let steps = 0; idle.length > 0 && steps < 100; steps++) idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    expect(idle).toHaveLength(0);
    expect(page(ahead)).toEqual(expected);
    factsAhead(ahead);
    expect(idle).toHaveLength(0);
  });

  it('finds an entry by id when the position a hit carries is not its own', () => {
    // Hits from an index of another order of the same entries (or fabricated): position wrong or absent.
    const hits = [
      { id: 'rathaus-sontra', score: 9, at: 0 },
      { id: 'jobcenter', score: 7, at: 99 },
      { id: 'hotline', score: 5, at: -1 },
    ];
    const page = listPage(directory, { hits, filters: {}, ctx, sort: 'relevance' }, 20);
    expect(ids(page.items)).toEqual(['rathaus-sontra', 'jobcenter', 'hotline']);
    expect(page.total).toBe(3);
  });
});

describe('search for the list', () => {
  it('builds the index once per directory and returns all hits', () => {
    expect(indexFor(directory)).toBe(indexFor(directory));
    expect(searchAll(directory, '   ')).toBeUndefined();
    expect(searchAll(directory, 'центр зайнятості')?.map((h) => h.id)).toEqual(['jobcenter']);
    expect(searchAll(directory, 'rathaus')?.map((h) => h.id).sort()).toEqual(['rathaus-eschwege', 'rathaus-sontra']);
  });
});

describe('favouriteItems', () => {
  it('keeps the stored order and skips ids the data no longer has', () => {
    const items = favouriteItems(directory, ['hotline', 'gone', 'rathaus-sontra']);
    expect(ids(items)).toEqual(['hotline', 'rathaus-sontra']);
    expect(items[1]?.reach).toBe('local');
  });
});

describe('URL state', () => {
  it('writes query, filters and a non-default sort, and leaves out what is not set', () => {
    expect(listQuery('  Jobcenter ', { ags: SONTRA, openNow: true }, 'name').toString()).toBe('q=Jobcenter&ags=06636011&open=1&sort=name');
    expect(listQuery('', {}, 'relevance').toString()).toBe('');
  });

  it('writes every filter the way the map and shared links do, so a list URL reads back the same', () => {
    const all = { category: 'arbeit', ags: SONTRA, openNow: true, language: 'fa-AF', barrierFree: true } as const;
    expect(listQuery('Amt', all, 'relevance').toString()).toBe('q=Amt&cat=arbeit&ags=06636011&open=1&lang=fa-AF&bf=1');
    expect(filtersFromQuery(listQuery('Amt', all, 'name').toString())).toEqual(all);
  });

  it('reads the sort order, relevance for anything unknown', () => {
    expect(sortFromQuery('distance')).toBe('distance');
    expect(sortFromQuery('<script>')).toBe('relevance');
    expect(sortFromQuery(null)).toBe('relevance');
  });

  it('cuts long text without splitting an emoji in half', () => {
    const text = `${'a'.repeat(199)}😀😀`;
    expect(clip(text)).toBe('a'.repeat(199));
    expect(clip(`${'a'.repeat(198)}😀😀`)).toBe(`${'a'.repeat(198)}😀`);
    expect(() => encodeURIComponent(clip('😀'.repeat(5000)))).not.toThrow();
  });

  it('lists set filters and drops one', () => {
    const filters = { category: 'arbeit', ags: SONTRA, openNow: false, barrierFree: true };
    expect(activeFilters(filters)).toEqual(['category', 'ags', 'barrierFree']);
    expect(withoutFilter(filters, 'ags')).toEqual({ category: 'arbeit', openNow: false, barrierFree: true });
  });
});

describe('firstSentence', () => {
  it.each([
    ['Das Jobcenter zahlt Geld. Es hilft auch.', 'Das Jobcenter zahlt Geld.'],
    ['Hilfe z. B. bei Briefen. Kostenlos.', 'Hilfe z. B. bei Briefen.'],
    ['Im 2. Stock. Bitte klingeln.', 'Im 2. Stock.'],
    ['Seit 1. April offen. Mehr.', 'Seit 1. April offen.'],
    ['Rufen Sie 112. Der Anruf ist kostenlos.', 'Rufen Sie 112.'],
    ['اتصل بالرقم 112. الاتصال مجاني.', 'اتصل بالرقم 112.'],
    ['Дзвоніть 116 117. Дзвінок безкоштовний.', 'Дзвоніть 116 117.'],
    ['أنت مريض؟ اتصل بالرقم.', 'أنت مريض؟'],
    ['Без крапки в кінці', 'Без крапки в кінці'],
    ['  Jobcenter.de hilft! Mehr.', 'Jobcenter.de hilft!'],
    ['', ''],
  ])('%s', (text, first) => expect(firstSentence(text)).toBe(first));

  it('keeps the whole text of a one-sentence description', () => {
    expect(firstSentence(localized('Offene Beratung für alle.').de)).toBe('Offene Beratung für alle.');
  });
});
