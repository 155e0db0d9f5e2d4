import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterEntries, filtersFromQuery, filtersToQuery, sortEntries, type Filters } from './filter';
import type { Entry, Scope } from './types';

// Invented test entries: names, keys and coordinates are placeholders, not facts.
const TEXT = { de: 'x', uk: 'x', ar: 'x', 'fa-AF': 'x' };
const A = '06636001';
const B = '06636002';

function entry(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id,
    category: 'arbeit',
    name: id,
    description: TEXT,
    scope: { kind: 'district' },
    phones: [],
    languages: [],
    barrierFree: 'unknown',
    keywords: [],
    sources: [{ title: 'Test', asOf: '2025' }],
    checked: '2025-01-01',
    conflicts: [],
    ...over,
  };
}

const local = (...ags: string[]): Scope => ({ kind: 'municipalities', ags });
const now = new Date(2026, 5, 3, 10);
const ids = (list: readonly { entry: Entry }[]) => list.map((f) => f.entry.id);

const ENTRIES: readonly Entry[] = [
  entry('town-a', { scope: local(A), category: 'amt', languages: ['de', 'ar'], barrierFree: 'yes' }),
  entry('town-b', { scope: local(B), category: 'amt', languages: ['de', 'uk'] }),
  entry('district', { scope: { kind: 'district' }, languages: ['de', 'fa'], barrierFree: 'yes' }),
  entry('state', { scope: { kind: 'state' }, category: 'amt', barrierFree: 'no' }),
  entry('national', { scope: { kind: 'national' }, languages: ['ar'] }),
];

describe('filterEntries', () => {
  it('keeps everything, in order, with its reach, when no filter is set', () => {
    const all = filterEntries(ENTRIES, {}, { now });
    expect(all.map((f) => [f.entry.id, f.reach])).toEqual([
      ['town-a', 'local'],
      ['town-b', 'local'],
      ['district', 'district'],
      ['state', 'state'],
      ['national', 'national'],
    ]);
  });

  it('for a municipality keeps its own offices and everything with wider reach', () => {
    expect(ids(filterEntries(ENTRIES, { ags: A }, { now }))).toEqual(['town-a', 'district', 'state', 'national']);
    expect(ids(filterEntries(ENTRIES, { ags: '06636099' }, { now }))).toEqual(['district', 'state', 'national']);
  });

  it('keeps an office that serves several municipalities for each of them', () => {
    const shared = [entry('shared', { scope: local(A, B) })];
    expect(ids(filterEntries(shared, { ags: B }, { now }))).toEqual(['shared']);
    expect(filterEntries(shared, { ags: B }, { now })[0]?.reach).toBe('local');
  });

  it('filters by category', () => {
    expect(ids(filterEntries(ENTRIES, { category: 'amt' }, { now }))).toEqual(['town-a', 'town-b', 'state']);
    expect(filterEntries(ENTRIES, { category: 'nothing' }, { now })).toEqual([]);
  });

  it('keeps only entries known to be barrier-free', () => {
    expect(ids(filterEntries(ENTRIES, { barrierFree: true }, { now }))).toEqual(['town-a', 'district']);
    expect(filterEntries(ENTRIES, { barrierFree: false }, { now })).toHaveLength(5);
  });

  it('matches a spoken language by its base code, Dari included', () => {
    expect(ids(filterEntries(ENTRIES, { language: 'ar' }, { now }))).toEqual(['town-a', 'national']);
    expect(ids(filterEntries(ENTRIES, { language: 'fa-AF' }, { now }))).toEqual(['district']);
    expect(ids(filterEntries(ENTRIES, { language: 'prs' }, { now }))).toEqual(['district']);
    expect(ids(filterEntries(ENTRIES, { language: 'UK' }, { now }))).toEqual(['town-b']);
  });

  it('"open now" keeps only entries known open at the given time', () => {
    const seen: Date[] = [];
    const isOpen = (e: Entry, at: Date) => {
      seen.push(at);
      return e.id === 'district' ? true : e.id === 'state' ? false : undefined;
    };
    expect(ids(filterEntries(ENTRIES, { openNow: true }, { now, isOpen }))).toEqual(['district']);
    expect(seen.every((d) => d === now)).toBe(true);
    expect(filterEntries(ENTRIES, { openNow: true }, { now })).toEqual([]);
    expect(filterEntries(ENTRIES, { openNow: false }, { now, isOpen })).toHaveLength(5);
  });

  it('combines filters with AND', () => {
    const isOpen = () => true;
    expect(ids(filterEntries(ENTRIES, { ags: B, category: 'amt' }, { now }))).toEqual(['town-b', 'state']);
    expect(ids(filterEntries(ENTRIES, { ags: A, language: 'ar', barrierFree: true, openNow: true }, { now, isOpen }))).toEqual(['town-a']);
    expect(filterEntries(ENTRIES, { ags: B, language: 'ar', category: 'amt' }, { now })).toEqual([]);
  });

  it('never returns more than it got, and every result passes each filter alone', () => {
    const filters = fc.record(
      {
        category: fc.constantFrom('amt', 'arbeit', 'x'),
        ags: fc.constantFrom(A, B, '06636099'),
        language: fc.constantFrom('ar', 'uk', 'fa-AF', 'de'),
        barrierFree: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (f: Filters) => {
        const all = ids(filterEntries(ENTRIES, f, { now }));
        for (const [key, value] of Object.entries(f)) {
          const alone = ids(filterEntries(ENTRIES, { [key]: value }, { now }));
          expect(all.every((id) => alone.includes(id))).toBe(true);
        }
      }),
    );
  });
});

describe('sortEntries', () => {
  const list = filterEntries(ENTRIES, {}, { now });

  it('relevance puts the nearest responsibility first and keeps data order inside', () => {
    const shuffled = [list[4], list[2], list[1], list[3], list[0]].filter((f) => f !== undefined);
    expect(ids(sortEntries(shuffled, 'relevance'))).toEqual(['town-b', 'town-a', 'district', 'state', 'national']);
  });

  it('relevance puts ranked entries first inside a group, by rank, whatever order they arrive in', () => {
    const lines = filterEntries(
      [entry('help-line', {}), entry('police', { rank: 2 }), entry('hotline', {}), entry('fire', { rank: 1 })],
      {},
      { now },
    );
    expect(ids(sortEntries(lines, 'relevance'))).toEqual(['fire', 'police', 'help-line', 'hotline']);
  });

  it('name sorts the German way and does not change the input', () => {
    const named = filterEntries(
      [entry('1', { name: 'Zentrum' }), entry('2', { name: 'Ämterlotse' }), entry('3', { name: 'amt' }), entry('4', { name: 'Beratung' })],
      {},
      { now },
    );
    expect(sortEntries(named, 'name').map((f) => f.entry.name)).toEqual(['amt', 'Ämterlotse', 'Beratung', 'Zentrum']);
    expect(named.map((f) => f.entry.name)).toEqual(['Zentrum', 'Ämterlotse', 'amt', 'Beratung']);
  });

  it('distance puts the nearest first and entries without a location last', () => {
    const at = (lat: number, lon: number) => ({ lat, lon, precision: 'building' as const, source: 'test' });
    const placed = filterEntries(
      [
        entry('far', { location: at(51.4, 10.0) }),
        entry('nowhere-b', { name: 'B' }),
        entry('near', { location: at(51.19, 10.05) }),
        entry('nowhere-a', { name: 'A' }),
        entry('middle', { location: at(51.25, 10.05) }),
      ],
      {},
      { now },
    );
    const here = { lat: 51.18, lon: 10.05 };
    expect(ids(sortEntries(placed, 'distance', here))).toEqual(['near', 'middle', 'far', 'nowhere-a', 'nowhere-b']);
    expect(ids(sortEntries(placed, 'distance'))).toEqual(ids(placed));
  });
});

describe('filters in the URL', () => {
  it('writes the documented form and reads it back', () => {
    const f: Filters = { category: 'arbeit', ags: '06636011', openNow: true, language: 'ar', barrierFree: true };
    expect(filtersToQuery(f)).toBe('?cat=arbeit&ags=06636011&open=1&lang=ar&bf=1');
    expect(filtersFromQuery('?cat=arbeit&ags=06636011&open=1&lang=ar&bf=1')).toEqual(f);
  });

  it('writes nothing for no filters, and leaves out false switches', () => {
    expect(filtersToQuery({})).toBe('');
    expect(filtersToQuery({ openNow: false, barrierFree: false })).toBe('');
    expect(filtersFromQuery('')).toEqual({});
  });

  it('reads with or without "?", and from a hash route', () => {
    expect(filtersFromQuery('cat=arbeit')).toEqual({ category: 'arbeit' });
    expect(filtersFromQuery('#/list?ags=06636011&x=1')).toEqual({ ags: '06636011' });
  });

  it('normalizes the language tag', () => {
    expect(filtersFromQuery('?lang=FA-af')).toEqual({ language: 'fa-AF' });
  });

  it('drops junk instead of failing', () => {
    const junk = [
      '?cat=../../etc&ags=123&open=yes&lang=<script>&bf=true',
      '?cat=&ags=0663601a&lang=english',
      '?%E0%A4%A=1&cat=%ZZ',
      '???&&&===',
      '?cat=Arbeit',
      `?cat=${'a'.repeat(500)}`,
    ];
    for (const q of junk) expect(filtersFromQuery(q)).toEqual({});
  });

  it('takes the first of repeated parameters', () => {
    expect(filtersFromQuery('?cat=arbeit&cat=gesundheit')).toEqual({ category: 'arbeit' });
  });

  it('never throws and only returns valid filters, for any input', () => {
    // Random bytes almost never spell a parameter: mix them with queries built from the real
    // parameter names and values that are valid, nearly valid or junk.
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^\d{8}$/),
      fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      fc.constantFrom('1', '0', 'yes', '', 'ar', 'fa-af', 'FA-AF', 'english', '0663601a', 'Arbeit', '../x'),
    );
    const query = fc
      .array(fc.tuple(fc.constantFrom('cat', 'ags', 'open', 'lang', 'bf', 'x'), value), { maxLength: 6 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
    const returned = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), query), (s) => {
        const f = filtersFromQuery(s);
        Object.keys(f).forEach((k) => returned.add(k));
        const invalid = Object.entries(f).filter(([k, v]) => {
          const rule: Record<string, (x: unknown) => boolean> = {
            category: (x) => typeof x === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(x),
            ags: (x) => typeof x === 'string' && /^\d{8}$/.test(x),
            openNow: (x) => x === true,
            language: (x) => typeof x === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(x),
            barrierFree: (x) => x === true,
          };
          return !rule[k]?.(v);
        });
        expect(invalid).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    // Every kind of filter came back at least once, so every rule above was really checked.
    expect([...returned].sort()).toEqual(['ags', 'barrierFree', 'category', 'language', 'openNow']);
  });

  it('round-trips every valid set of filters', () => {
    const valid = fc.record(
      {
        category: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
        ags: fc.stringMatching(/^\d{8}$/),
        openNow: fc.constant(true),
        language: fc.constantFrom('de', 'uk', 'ar', 'fa-AF', 'fa', 'ru'),
        barrierFree: fc.constant(true),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(valid, (f) => {
        expect(filtersFromQuery(filtersToQuery(f))).toEqual(f);
      }),
    );
  });
});
