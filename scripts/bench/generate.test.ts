import { describe, expect, it } from 'vitest';
import { buildIndex, search } from '../../src/directory/search';
import { loadData } from '../lib/load-data';
import { generateEntries, stubRegion, TOWNS } from './generate';

describe('generateEntries', () => {
  it('gives the same entries for the same seed and others for another', () => {
    expect(generateEntries(50, 3)).toEqual(generateEntries(50, 3));
    expect(generateEntries(50, 4)).not.toEqual(generateEntries(50, 3));
  });

  it('gives n entries with unique ids, text in all four scripts and a known town', () => {
    const entries = generateEntries(200, 1);
    expect(entries).toHaveLength(200);
    expect(new Set(entries.map((e) => e.id)).size).toBe(200);
    const towns = new Set(TOWNS.map((t) => t.name));
    for (const e of entries) {
      expect(towns.has(e.address?.town ?? '')).toBe(true);
      expect(e.description.uk).toMatch(/\p{Script=Cyrillic}/u);
      expect(e.description.ar).toMatch(/\p{Script=Arabic}/u);
      expect(e.description['fa-AF']).toMatch(/\p{Script=Arabic}/u);
      expect(e.phones.length).toBeGreaterThan(0);
    }
  });

  it('gives entries the search finds by their name', () => {
    const entries = generateEntries(300, 9);
    const index = buildIndex(entries, stubRegion());
    for (const e of entries.slice(0, 20)) expect(search(index, e.name, 300).map((h) => h.id)).toContain(e.id);
  });

  it('gives entries as heavy as the real directory\'s, on average', async () => {
    const { directory } = await loadData();
    const real = directory?.entries ?? [];
    expect(real.length).toBeGreaterThan(50);
    const mean = (list: readonly object[]) => list.reduce((sum, e) => sum + JSON.stringify(e).length, 0) / list.length;
    const generated = mean(generateEntries(2000, 7));
    expect(generated).toBeGreaterThanOrEqual(mean(real));
    expect(generated).toBeLessThanOrEqual(1.25 * mean(real));
  });
});
