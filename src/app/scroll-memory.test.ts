import { describe, expect, it, vi } from 'vitest';
import { urlMoved } from './ready';
import { readEntry, remember, settleScroll, startScrollMemory } from './scroll-memory';

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

  it('puts a screen back where it was left only on that screen, not on the next one opened before it was ready', () => {
    document.body.innerHTML = '<main id="main"></main>';
    history.replaceState({ k: 'eukraine', d: 0 }, '', '#/ukraine');
    sessionStorage.setItem('wegweiser.scroll', JSON.stringify({ eukraine: 1458 }));
    const scrolled: number[] = [];
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation((...args: unknown[]) => void scrolled.push(Number(args[1])));
    try {
      // A restart on the Ukraine page: its position is due once it is drawn with all its parts.
      startScrollMemory();
      settleScroll();
      expect(scrolled).toEqual([]);
      // Before that, an entry is tapped: a new history entry, drawn and ready.
      history.pushState(null, '', '#/e/jobcenter');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      settleScroll();
      urlMoved();
      // The entry opens at its top; the Ukraine page's 1458 is not applied to it.
      expect(scrolled).toEqual([0]);
    } finally {
      scrollTo.mockRestore();
    }
  });
});
