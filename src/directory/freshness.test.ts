import { describe, expect, it } from 'vitest';
import { entryFreshness, oldBefore, sourceAge } from './freshness';
import type { Entry, Source } from './types';

// A fixed clock and a 3-year rule: sources that start before 3 June 2023 are old.
const now = new Date(2026, 5, 3, 12);
const rule = { checkBeforeVisitAfterYears: 3 };

// An invented entry: only its sources matter here.
function withSources(sources: readonly Source[]): Entry {
  const text = { de: 'x', uk: 'x', ar: 'x', 'fa-AF': 'x' };
  return {
    id: 'test',
    category: 'test',
    name: 'Test',
    description: text,
    scope: { kind: 'district' },
    phones: [],
    languages: [],
    barrierFree: 'unknown',
    keywords: [],
    sources,
    conflicts: [],
  };
}
const src = (asOf: string): Source => ({ title: 'Test source', asOf });

describe('sourceAge', () => {
  it('counts years back from today, not from a fixed year', () => {
    expect(oldBefore(now, rule)).toEqual(new Date(2023, 5, 3));
    const cases: readonly [string, Date, number, boolean][] = [
      ['2023-06-02', now, 3, true],
      ['2023-06-03', now, 3, false],
      ['2023-05', now, 3, true],
      ['2023-06', now, 3, true], // counted from 1 June: we cannot vouch for a later day
      ['2023', now, 3, true],
      ['2024', now, 3, false],
      ['2022-12-31', now, 3, true],
      ['2023', new Date(2025, 11, 31), 3, false],
      ['2023', new Date(2026, 0, 1), 3, false],
      ['2023', new Date(2026, 0, 2), 3, true],
      ['2025-03', now, 1, true],
      ['2025-07', now, 1, false],
      ['2013', now, 20, false],
    ];
    for (const [asOf, at, years, old] of cases) {
      expect([asOf, at.toISOString(), years, sourceAge(asOf, at, { checkBeforeVisitAfterYears: years }).old]).toEqual([asOf, at.toISOString(), years, old]);
    }
  });

  it('gives the year in every date form', () => {
    expect(sourceAge('2022', now, rule)).toEqual({ old: true, year: 2022, future: false });
    expect(sourceAge('2022-12', now, rule)).toEqual({ old: true, year: 2022, future: false });
    expect(sourceAge('2025-03-01', now, rule)).toEqual({ old: false, year: 2025, future: false });
  });

  it('flags dates after now as future', () => {
    expect(sourceAge('2026-06-03', now, rule).future).toBe(false);
    expect(sourceAge('2026-06-04', now, rule).future).toBe(true);
    expect(sourceAge('2026-07', now, rule).future).toBe(true);
    expect(sourceAge('2027', now, rule)).toEqual({ old: false, year: 2027, future: true });
  });

  it('treats anything that is not a date as old, with no year', () => {
    for (const junk of ['', 'Stand 2024', '24-08', '2024-13', '2023-02-29', '2024/08', '2024-8']) {
      expect(sourceAge(junk, now, rule)).toEqual({ old: true, year: undefined, future: false });
    }
    expect(sourceAge('2024-02-29', now, rule).year).toBe(2024);
  });
});

describe('entryFreshness', () => {
  it('does not warn when every source is younger than the rule', () => {
    expect(entryFreshness(withSources([src('2025-03'), src('2023-07')]), now, rule)).toEqual({
      oldest: '2023-07',
      newest: '2025-03',
      oldestYear: 2023,
      newestYear: 2025,
      warn: false,
    });
  });

  it('warns when any source is old, and names the oldest and newest year', () => {
    expect(entryFreshness(withSources([src('2025-03-03'), src('2022-05'), src('2024')]), now, rule)).toEqual({
      oldest: '2022-05',
      newest: '2025-03-03',
      oldestYear: 2022,
      newestYear: 2025,
      warn: true,
    });
  });

  it('warns about a 2023 source once three years have passed', () => {
    expect(entryFreshness(withSources([src('2023')]), now, rule).warn).toBe(true);
    expect(entryFreshness(withSources([src('2023')]), now, { checkBeforeVisitAfterYears: 4 }).warn).toBe(false);
  });

  it('orders dates of different precision by the start of their period', () => {
    const f = entryFreshness(withSources([src('2024-08'), src('2024'), src('2024-08-15')]), now, rule);
    expect(f.oldest).toBe('2024');
    expect(f.newest).toBe('2024-08-15');
  });

  it('warns about an undated source but dates the entry by the others', () => {
    expect(entryFreshness(withSources([src('2025'), src('unbekannt')]), now, rule)).toEqual({
      oldest: '2025',
      newest: '2025',
      oldestYear: 2025,
      newestYear: 2025,
      warn: true,
    });
  });

  it('warns when there is no source at all', () => {
    expect(entryFreshness(withSources([]), now, rule)).toEqual({ warn: true });
  });
});
