import { describe, expect, it } from 'vitest';
import { buildIndex, search } from './search';
import { indexSteps, type SearchIndex } from './search-index';
import { localized, testEntry, testRegion } from './search.samples';
import type { Entry } from './types';

// Invented test entries: the words are chosen so that each field is found by words of its own.
const entries: Entry[] = [
  testEntry('jobcenter', {
    name: 'Jobcenter Werra-Meißner',
    keywords: ['Arbeitslosengeld', 'центр зайнятості'],
    address: { town: 'Eschwege', postcode: '37269' },
    description: localized('Hilft beim Bürgergeldantrag.', 'Допомога з документами.'),
  }),
  testEntry('tafel', {
    name: 'Tafel Sontra',
    address: { town: 'Sontra' },
    description: localized('Lebensmittelausgabe am Dienstag. Jobcenter-Bescheid mitbringen.'),
  }),
  testEntry('klinikum', { name: 'Klinikum Werra-Meißner', category: 'gesundheit', address: { town: 'Eschwege' } }),
];
const region = testRegion();

/** Runs the build to its end; returns the early index it handed over and the result. */
function build(list: readonly Entry[]): { early: SearchIndex[]; complete: SearchIndex } {
  const early: SearchIndex[] = [];
  const steps = indexSteps(list, region, (index) => early.push(index));
  for (;;) {
    const step = steps.next();
    if (step.done) return { early, complete: step.value };
  }
}

const ids = (index: SearchIndex, query: string) => search(index, query).map((h) => h.id);

describe('the early index of a build', () => {
  const { early, complete } = build(entries);

  it('comes once, before the complete index, and says it is not complete', () => {
    expect(early).toHaveLength(1);
    expect(early[0]?.complete).toBe(false);
    expect(complete.complete).toBe(true);
    // The build with an early index gives the same complete index as one without.
    expect(complete).toEqual(buildIndex(entries, region));
  });

  it('answers from names, keywords, topics and towns as the complete index does', () => {
    const e = early[0]!;
    for (const query of ['Jobcenter', 'Tafel', 'Arbeitslosengeld', 'зайнятості', 'Sontra', 'Eschwege', 'Klinikum Werra']) {
      expect(search(e, query), query).toEqual(search(complete, query).filter((h) => ids(e, query).includes(h.id)));
      expect(ids(e, query).length, query).toBeGreaterThan(0);
    }
    // A topic's label: the test region's health category.
    expect(ids(e, region.categories.find((c) => c.id === 'gesundheit')!.label.de)).toEqual(['klinikum']);
  });

  it('does not yet know words that stand only in descriptions', () => {
    const e = early[0]!;
    expect(ids(e, 'Bürgergeldantrag')).toEqual([]);
    expect(ids(complete, 'Bürgergeldantrag')).toEqual(['jobcenter']);
    expect(ids(e, 'Lebensmittelausgabe')).toEqual([]);
    expect(ids(complete, 'Lebensmittelausgabe')).toEqual(['tafel']);
    // A name word found in another entry's description too: only the name's entry until then.
    expect(ids(e, 'Jobcenter')).toEqual(['jobcenter']);
    expect(ids(complete, 'Jobcenter')).toEqual(['jobcenter', 'tafel']);
  });

  it('leaves out matching across scripts until the index is complete', () => {
    // "Ешвеге" is not among the test region's spellings: only the sound skeleton finds Eschwege.
    expect(ids(complete, 'Ешвеге').length).toBeGreaterThan(0);
    expect(ids(early[0]!, 'Ешвеге')).toEqual([]);
  });

  it('is not made when nobody asks for it', () => {
    const steps = indexSteps(entries, region);
    let count = 0;
    while (!steps.next().done) count++;
    const withEarly = indexSteps(entries, region, () => undefined);
    let countEarly = 0;
    while (!withEarly.next().done) countEarly++;
    expect(count).toBeLessThan(countEarly);
  });
});

describe('the steps of a build', () => {
  it("pause after each topic's and each town's names, before the first entry is read", () => {
    // Read in the first step, with the first entry and the code still cold: a task of 60-75 ms at 4× CPU (traced).
    let steps = 0;
    let atEarly = -1;
    const gen = indexSteps([], region, () => (atEarly = steps));
    while (!gen.next().done) steps++;
    expect(region.categories.length + region.municipalities.length).toBeGreaterThan(2);
    expect(atEarly).toBeGreaterThanOrEqual(region.categories.length + region.municipalities.length);
  });

  it('pause after every entry in both passes, so no step reads more than one entry', () => {
    // The 76 real entries, texts in four languages, read in one step made a task of 204 ms at 4× CPU (profiled).
    const list = Array.from({ length: 40 }, (_, i) => testEntry(`e${i}`, { name: `Eintrag ${i}`, description: localized(`Beschreibung ${i}`) }));
    let steps = 0;
    let atEarly = -1;
    const gen = indexSteps(list, region, () => (atEarly = steps));
    while (!gen.next().done) steps++;
    expect(atEarly).toBeGreaterThanOrEqual(list.length);
    expect(steps - atEarly).toBeGreaterThanOrEqual(list.length);
  });
});

describe('entry positions', () => {
  it('are kept in 16 bits up to 65,536 entries and in 32 beyond, and still point at the right entry', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => testEntry(`e${i}`, { name: i === n - 1 ? 'Zuletzt Eingetragen' : `Eintrag ${i}` }));
    const small = buildIndex(many(300), region);
    expect(small.postEntry).toBeInstanceOf(Uint16Array);
    const large = buildIndex(many(0x10000 + 1), region);
    expect(large.postEntry).toBeInstanceOf(Uint32Array);
    expect(ids(large, 'Zuletzt')).toEqual([`e${0x10000}`]);
  });
});
