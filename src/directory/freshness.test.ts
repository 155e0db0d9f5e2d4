import { describe, expect, it } from 'vitest';
import { entryFreshness, sourceAge } from './freshness';
import type { Entry, Source } from './types';

const now = new Date(2026, 5, 3, 12);

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
    checked: '2026-01-01',
    conflicts: [],
  };
}
const src = (asOf: string): Source => ({ title: 'Test source', asOf });

describe('sourceAge', () => {
  it('calls sources before 2023 old, in every date form', () => {
    expect(sourceAge('2022', now)).toEqual({ old: true, year: 2022, future: false });
    expect(sourceAge('2022-12', now)).toEqual({ old: true, year: 2022, future: false });
    expect(sourceAge('2022-12-31', now)).toEqual({ old: true, year: 2022, future: false });
  });

  it('calls 2023 and later current', () => {
    expect(sourceAge('2023', now)).toEqual({ old: false, year: 2023, future: false });
    expect(sourceAge('2023-01-01', now)).toEqual({ old: false, year: 2023, future: false });
    expect(sourceAge('2025-03', now)).toEqual({ old: false, year: 2025, future: false });
  });

  it('flags dates after now as future', () => {
    expect(sourceAge('2026-06-03', now).future).toBe(false);
    expect(sourceAge('2026-06-04', now).future).toBe(true);
    expect(sourceAge('2026-07', now).future).toBe(true);
    expect(sourceAge('2027', now)).toEqual({ old: false, year: 2027, future: true });
  });

  it('treats anything that is not a date as old, with no year', () => {
    for (const junk of ['', 'Stand 2024', '24-08', '2024-13', '2023-02-29', '2024/08', '2024-8']) {
      expect(sourceAge(junk, now)).toEqual({ old: true, year: undefined, future: false });
    }
    expect(sourceAge('2024-02-29', now).year).toBe(2024);
  });
});

describe('entryFreshness', () => {
  it('does not warn when every source is from 2023 or later', () => {
    expect(entryFreshness(withSources([src('2025-03'), src('2023')]), now)).toEqual({
      oldest: '2023',
      newest: '2025-03',
      oldestYear: 2023,
      warn: false,
    });
  });

  it('warns when any source is old, and names the oldest year', () => {
    expect(entryFreshness(withSources([src('2025-03-03'), src('2022-05'), src('2024')]), now)).toEqual({
      oldest: '2022-05',
      newest: '2025-03-03',
      oldestYear: 2022,
      warn: true,
    });
  });

  it('orders dates of different precision by the start of their period', () => {
    const f = entryFreshness(withSources([src('2024-08'), src('2024'), src('2024-08-15')]), now);
    expect(f.oldest).toBe('2024');
    expect(f.newest).toBe('2024-08-15');
  });

  it('warns about an undated source but dates the entry by the others', () => {
    expect(entryFreshness(withSources([src('2025'), src('unbekannt')]), now)).toEqual({
      oldest: '2025',
      newest: '2025',
      oldestYear: 2025,
      warn: true,
    });
  });

  it('warns when there is no source at all', () => {
    expect(entryFreshness(withSources([]), now)).toEqual({ warn: true });
  });
});
