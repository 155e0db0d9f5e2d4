import { describe, expect, it } from 'vitest';
import { readEntry, remember } from './scroll-memory';

describe('scroll memory', () => {
  it('reads only the entry state the app wrote', () => {
    expect(readEntry({ k: 'eabc', d: 2, other: 1 })).toEqual({ k: 'eabc', d: 2 });
    expect(readEntry(null)).toBeUndefined();
    expect(readEntry({ k: 'eabc' })).toBeUndefined();
    expect(readEntry({ k: 3, d: 1 })).toBeUndefined();
  });

  it('keeps the newest position of an entry, rounded', () => {
    expect(remember({ ea: 10 }, 'ea', 812.6)).toEqual({ ea: 813 });
    expect(remember({ ea: 10 }, 'eb', 0)).toEqual({ ea: 10, eb: 0 });
  });

  it('forgets the oldest entries beyond the limit, also one just visited again', () => {
    let positions: Record<string, number> = {};
    for (const key of ['ea', 'eb', 'ec']) positions = remember(positions, key, 1, 3);
    // "ea" was left again: it becomes the newest, so "eb" is now the oldest and goes first.
    positions = remember(positions, 'ea', 5, 3);
    positions = remember(positions, 'ed', 7, 3);
    expect(positions).toEqual({ ec: 1, ea: 5, ed: 7 });
  });
});
