import { describe, expect, it } from 'vitest';
import { generateEntries, stubRegion } from '../../scripts/bench/generate';
import type { Directory, Entry } from './types';
import { summarize } from './summary';
import { sampleDirectory } from './validate.samples';

describe('summarize', () => {
  it('counts entries per category, lists the emergency numbers in order, and spans the source years', () => {
    const base = sampleDirectory();
    const template = base.entries[0] as Entry;
    const entry = (id: string, category: string, numbers: string[], years: string[]): Entry => ({
      ...template,
      id,
      category,
      phones: numbers.map((number) => ({ number })),
      sources: years.map((asOf) => ({ title: 't', asOf })),
    });
    const directory: Directory = {
      ...base,
      entries: [
        entry('a', 'notfall', ['112'], ['2019-03']),
        entry('b', 'arbeit', ['05651 1'], ['2024']),
        entry('c', 'notfall', ['110', '05651 925-0'], ['2026-11-30']),
        entry('d', 'arbeit', [], ['2013']),
      ],
    };
    const summary = summarize(directory);
    expect(summary.counts).toEqual({ notfall: 2, arbeit: 2 });
    expect(summary.emergencyNumbers).toEqual(['112', '110', '05651 925-0']);
    expect(summary.sourceYears).toEqual({ from: 2013, to: 2026 });
    expect(summary.region).toBe(directory.region);
    expect(summary.version).toBe(directory.version);
  });

  it('has no source years and no counts for an empty list', () => {
    const summary = summarize({ ...sampleDirectory(), entries: [] });
    expect(summary.counts).toEqual({});
    expect(summary.emergencyNumbers).toEqual([]);
    expect('sourceYears' in summary).toBe(false);
  });

  it('stays small at 10,000 entries: a few kilobytes beside about 23 MB of entries', () => {
    const entries = generateEntries(10_000, 3);
    const summary = summarize({ ...sampleDirectory(), region: stubRegion(), entries });
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(JSON.stringify(summary).length).toBeLessThan(20_000);
  });
});
