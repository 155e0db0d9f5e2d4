import { describe, expect, it } from 'vitest';
import { formatValue, mark, markdownTable, quantile } from './report';

describe('quantile', () => {
  it('takes the nearest rank, whatever the order', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(quantile(Array.from({ length: 100 }, (_, i) => 100 - i), 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('has no value without values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('mark', () => {
  it('checks at-most and at-least goals, the limit included', () => {
    expect(mark({ name: 'a', value: 16, unit: 'ms', goal: '≤ 16 ms' })).toBe('✓');
    expect(mark({ name: 'a', value: 16.1, unit: 'ms', goal: '≤ 16 ms' })).toBe('✗');
    expect(mark({ name: 'a', value: 97, unit: '', goal: '≥ 98' })).toBe('✗');
    expect(mark({ name: 'a', value: 1200, unit: 'ms', goal: '≤ 1,000 ms' })).toBe('✗');
  });

  it('marks nothing without a goal it can read', () => {
    expect(mark({ name: 'a', value: 1, unit: 'ms' })).toBe('');
    expect(mark({ name: 'a', value: 1, unit: 'ms', goal: 'fast' })).toBe('');
  });
});

describe('a row without a value', () => {
  it('says why instead of a number, and its goal is not judged', () => {
    const row = { name: 'a', value: Number.NaN, unit: 'ms', goal: '≤ 50 ms', none: 'no key typed' };
    expect(formatValue(row)).toBe('none (no key typed)');
    expect(mark(row)).toBe('');
  });

  it('is a failed goal when it does not say why', () => {
    const row = { name: 'a', value: Number.NaN, unit: 'ms', goal: '≤ 50 ms' };
    expect(formatValue(row)).toBe('NaN ms');
    expect(mark(row)).toBe('✗');
  });

  it('still shows a value that came, whatever the reason given', () => {
    const row = { name: 'a', value: 1234.5, unit: 'ms', goal: '≤ 50 ms', none: 'no key typed' };
    expect(formatValue(row)).toBe('1,234.5 ms');
    expect(mark(row)).toBe('✗');
  });
});

describe('markdownTable', () => {
  it('pads the columns and right-aligns the ones asked for', () => {
    expect(markdownTable(['name', 'ms'], [['search', '3.5'], ['idb', '120']], [1])).toBe(
      ['| name   |  ms |', '|--------|----:|', '| search | 3.5 |', '| idb    | 120 |'].join('\n'),
    );
  });
});
