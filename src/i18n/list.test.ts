import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { formatList } from './list';

describe('formatList', () => {
  it('joins names as the language does, each German name isolated in Arabic and Dari', () => {
    expect(formatList(['Sontra', 'Wehretal', 'Ringgau'], 'de')).toBe('Sontra, Wehretal und Ringgau');
    expect(formatList(['Sontra', 'Wehretal'], 'uk')).toBe('Sontra і Wehretal');
    const ar = formatList(['Bad Sooden-Allendorf', 'Sontra'], 'ar');
    expect(ar).toContain('\u2068Bad Sooden-Allendorf\u2069');
    expect(ar).toContain('و');
    expect(ar).not.toContain(', ');
  });

  it('gives nothing for no names and the name alone for one', () => {
    expect(formatList([], 'de')).toBe('');
    expect(formatList(['Sontra'], 'de')).toBe('Sontra');
    expect(formatList(['Sontra'], 'fa-AF')).toBe('\u2068Sontra\u2069');
  });

  // The patterns are written out, not asked of Intl (list.ts says why): they must say what the
  // engine's CLDR data says, for every length and both kinds of list the app makes.
  it('writes what Intl.ListFormat writes, 1 to 6 items, both kinds, in all four languages', () => {
    const towns = ['Eschwege', 'Sontra', 'Bad Sooden-Allendorf', 'Witzenhausen', 'Hessisch Lichtenau', 'Herleshausen'];
    for (const { code, intl, dir } of LANGUAGES) {
      for (const [type, style] of [
        ['conjunction', 'long'],
        ['unit', 'short'],
      ] as const) {
        const engine = new Intl.ListFormat(intl, { type, style });
        for (let n = 1; n <= towns.length; n++) {
          const items = towns.slice(0, n);
          const shown = dir === 'rtl' ? items.map((t) => `\u2068${t}\u2069`) : items;
          expect(formatList(items, code, type), `${code} ${type} ${n}`).toBe(engine.format(shown));
        }
      }
    }
  });
});
