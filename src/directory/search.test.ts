import { describe, expect, it } from 'vitest';
import { buildIndex, search } from './search';
import { localized, testEntry, testRegion } from './search.samples';
import type { Entry } from './types';

const SONTRA = '06636011';
const WITZENHAUSEN = '06636016';

const entries: Entry[] = [
  testEntry('agentur', {
    name: 'Agentur für Arbeit Eschwege',
    address: { town: 'Eschwege', postcode: '37269' },
    description: localized('Hilfe bei der Suche nach Arbeit. Nicht das Jobcenter.', 'Як центр зайнятості, але для всіх.'),
  }),
  testEntry('jobcenter', {
    name: 'Jobcenter Werra-Meißner',
    keywords: ['job center', 'центр зайнятості', 'مركز العمل', 'جاب سنتر', 'جاب سنتر'],
    scope: { kind: 'district' },
    address: { town: 'Eschwege', postcode: '37269' },
    description: localized('Geld zum Leben und Hilfe bei der Arbeitssuche.', 'Гроші на життя і допомога в пошуку роботи.'),
  }),
  testEntry('rathaus-sontra', { name: 'Rathaus Sontra', address: { town: 'Sontra' }, scope: { kind: 'municipalities', ags: [SONTRA] } }),
  testEntry('rathaus-grossalmerode', { name: 'Rathaus Großalmerode', address: { town: 'Großalmerode' } }),
  testEntry('tafel-witzenhausen', { name: 'Witzenhäuser Tafel', address: { town: 'Witzenhausen' }, keywords: ['Obere Mühlstraße'] }),
  testEntry('klinikum', { name: 'Klinikum Werra-Meißner', category: 'gesundheit', address: { town: 'Eschwege' } }),
  testEntry('beratung-typo', { name: 'Beratunk Nord' }),
  testEntry('beratung-desc', { name: 'Treffpunkt Süd', description: localized('Offene Beratung für alle.') }),
  testEntry('beratung-prefix', { name: 'Beratungsstelle West' }),
  testEntry('beratung', { name: 'Beratung Ost' }),
  testEntry('familie-haus', { name: 'Familie Haus Mitte' }),
  testEntry('haus-familie', { name: 'Haus Familie Mitte' }),
  testEntry('ehrenamt', { name: 'Ehrenamt', scope: { kind: 'municipalities', ags: [WITZENHAUSEN] } }),
];
const index = buildIndex(entries, testRegion());
const ids = (query: string) => search(index, query).map((h) => h.id);
const first = (query: string) => ids(query)[0];

describe('search input limit', () => {
  it('reads only the first 200 characters of a query (a pasted text costs no more)', () => {
    expect(ids(`${' '.repeat(150)}jobcenter`)).toContain('jobcenter');
    expect(ids(`${' '.repeat(200)}jobcenter`)).toEqual([]);
  });
});

describe('search finds the Jobcenter in every language', () => {
  it.each(['Jobcenter', 'jobcenter', 'job center', 'Job-Center', 'центр зайнятості', 'Центр зайнятості', 'مركز العمل', 'جاب سنتر', 'جاب سنتر', 'مركز عمل'])(
    '%s',
    (query) => expect(first(query)).toBe('jobcenter'),
  );

  it('ranks a keyword match above the same words in another entry’s description', () => {
    const hits = search(index, 'центр зайнятості');
    expect(hits.map((h) => h.id)).toEqual(['jobcenter', 'agentur']);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
  });
});

describe('tolerance', () => {
  it('finds words with one or two typos', () => {
    expect(first('Jobcentr')).toBe('jobcenter');
    expect(first('Jobcetner')).toBe('jobcenter');
    expect(ids('Eschwge')).toEqual(expect.arrayContaining(['agentur', 'jobcenter', 'klinikum']));
    expect(first('Ratahus Sontra')).toBe('rathaus-sontra');
  });

  it('does not allow typos in short words', () => {
    expect(ids('Tafal')).toContain('tafel-witzenhausen');
    expect(ids('Tfl')).toEqual([]);
  });

  it('matches while typing', () => {
    expect(first('Jobc')).toBe('jobcenter');
    expect(first('Rathaus Son')).toBe('rathaus-sontra');
    expect(first('Центр зайн')).toBe('jobcenter');
  });

  it('reaches description words by prefix only from three letters', () => {
    expect(ids('Of')).not.toContain('beratung-desc');
    expect(ids('Off')).toContain('beratung-desc');
    expect(ids('Offene')).toContain('beratung-desc');
  });

  it('treats ß and umlauts as their spellings', () => {
    expect(first('Grossalmerode')).toBe('rathaus-grossalmerode');
    expect(first('Witzenhaeuser')).toBe('tafel-witzenhausen');
    expect(first('Witzenhauser Tafel')).toBe('tafel-witzenhausen');
    expect(first('Muehlstrasse')).toBe('tafel-witzenhausen');
    expect(first('MEISSNER JOBCENTER')).toBe('jobcenter');
  });

  it('ignores harakat, tatweel, alef and ya forms in Arabic', () => {
    expect(first('مَرْكَزُ العَمَلِ')).toBe('jobcenter');
    expect(first('مـركـز ألعمل')).toBe('jobcenter');
    expect(first('الصحه')).toBe('klinikum');
  });

  it('ignores the Ukrainian apostrophe and ґ/г', () => {
    expect(first('здоровя')).toBe('klinikum');
    expect(first('здоров’я')).toBe('klinikum');
    expect(ids('Ешвеґе')).toEqual(ids('Ешвеге'));
  });
});

describe('towns in any script', () => {
  it.each(['Eschwege', 'Ешвеге', 'اشفیگه', 'إشفيغه', 'اشویگه'])('%s finds the entries in Eschwege', (query) => {
    const found = ids(query);
    expect(found).toEqual(expect.arrayContaining(['agentur', 'jobcenter', 'klinikum']));
    expect(found).not.toContain('rathaus-sontra');
  });

  it.each(['Sontra', 'Зонтра', 'زونترا'])('%s finds the town hall of Sontra first', (query) => {
    expect(first(query)).toBe('rathaus-sontra');
  });

  it('finds entries that serve a town, district-wide ones last', () => {
    expect(ids('Witzenhausen')).toEqual(['tafel-witzenhausen', 'ehrenamt', 'jobcenter']);
    expect(ids('Jobcenter Sontra')).toEqual(['jobcenter']);
  });

  it('finds a town by a prefix, with a typo, and with ss for ß', () => {
    expect(first('Witzenh')).toBe('tafel-witzenhausen');
    expect(ids('Eschwge')).toEqual(expect.arrayContaining(['agentur', 'jobcenter', 'klinikum']));
    expect(first('Grossalmerode')).toBe('rathaus-grossalmerode');
  });
});

describe('ranking', () => {
  it('puts exact name before prefix, description word and typo', () => {
    expect(ids('Beratung')).toEqual(['beratung', 'beratung-prefix', 'beratung-desc', 'beratung-typo']);
  });

  it('puts the name with the query as a phrase first', () => {
    expect(ids('Haus Familie')).toEqual(['haus-familie', 'familie-haus']);
    expect(ids('Familie Haus')).toEqual(['familie-haus', 'haus-familie']);
  });

  it('needs every query word to match', () => {
    expect(ids('Jobcenter Witzenhausen Klinikum')).toEqual([]);
    expect(ids('Rathaus Sontra')).toEqual(['rathaus-sontra']);
    expect(ids('jobcenter qqqqqq')).toEqual([]);
  });

  it('does not need little words to match', () => {
    expect([...ids('Beratung für')].sort()).toEqual([...ids('Beratung')].sort());
    expect(first('Rathaus in Sontra')).toBe('rathaus-sontra');
  });

  it('returns scores best first and respects the limit', () => {
    const hits = search(index, 'e', 3);
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
    expect(search(index, 'Eschwege', 0)).toEqual([]);
  });
});

describe('hostile queries', () => {
  it.each([
    '',
    '     ',
    '🙂🙂🙂',
    '\u200f\u200e\u200d\u200c',
    '.*+?^${}()|[]\\',
    '(a+)+$',
    'a'.repeat(10_000),
    'Jobcenter '.repeat(1000),
    '\ud800',
    '\u0000\u0001',
  ])('never throws: %#', (query) => {
    expect(() => search(index, query)).not.toThrow();
  });

  it('reads marks around a word as nothing', () => {
    expect(first('\u200fJob\u200dcenter\u200e 🙂')).toBe('jobcenter');
  });

  it('gives nothing for nothing', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, ' 🙂 ')).toEqual([]);
  });
});

describe('search over thousands of hits', () => {
  it('puts them best first: higher score, then the shorter name, then the earlier entry', async () => {
    const { generateEntries } = await import('../../scripts/bench/generate');
    const many = generateEntries(3000, 5);
    const index = buildIndex(many, testRegion());
    let large = 0;
    for (const query of ['b', 'e', 'a', 'д', 'م', 'beratung', 'es']) {
      const hits = search(index, query, many.length);
      if (hits.length >= 512) large++;
      // The order as documented, checked pair by pair from the index's own name lengths.
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        const order = b.score - a.score || index.nameLength[a.at]! - index.nameLength[b.at]! || a.at - b.at;
        expect(order, `${query}: ${a.id} before ${b.id}`).toBeLessThan(0);
      }
      expect(hits.every((h) => many[h.at]?.id === h.id)).toBe(true);
    }
    // The counting sort (from 512 hits on) is what these queries exercise.
    expect(large).toBeGreaterThanOrEqual(4);
  });
});
