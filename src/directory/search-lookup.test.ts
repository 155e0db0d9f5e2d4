import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, fuzzyLookup, indexOf, prefixRange } from './search-lookup';

const vocab = ['eschwege', 'eschweger', 'jobcenter', 'jobcenterberatung', 'sontra', 'witzenhausen'];

function hitWords(sorted: readonly string[], query: string, k: number, prefixes: boolean) {
  const whole = new Map<string, number>();
  const starts = new Set<string>();
  for (const h of fuzzyLookup(sorted, query, k, prefixes)) {
    for (let w = h.start; w < h.end; w++) {
      const word = sorted[w] ?? '';
      if (h.whole) whole.set(word, Math.min(h.edits, whole.get(word) ?? 99));
      else starts.add(word);
    }
  }
  return { whole, starts };
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit', () => {
    expect(editDistance('jobcentr', 'jobcenter', 2)).toBe(1);
    expect(editDistance('eschwge', 'eschwege', 2)).toBe(1);
    expect(editDistance('sonrta', 'sontra', 2)).toBe(1);
    expect(editDistance('sontra', 'santra', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
  });
});

describe('prefixRange and indexOf', () => {
  it('finds the words with a prefix and an exact word', () => {
    const [s, e] = prefixRange(vocab, 'jobc');
    expect(vocab.slice(s, e)).toEqual(['jobcenter', 'jobcenterberatung']);
    expect(indexOf(vocab, 'sontra')).toBe(4);
    expect(indexOf(vocab, 'sontr')).toBe(-1);
  });
});

describe('fuzzyLookup', () => {
  it('finds the typo examples as whole words', () => {
    expect(hitWords(vocab, 'jobcentr', 2, false).whole.get('jobcenter')).toBe(1);
    expect(hitWords(vocab, 'eschwge', 1, false).whole.get('eschwege')).toBe(1);
    expect(hitWords(vocab, 'eschwge', 1, false).whole.has('witzenhausen')).toBe(false);
  });

  it('finds longer words by a mistyped beginning when asked', () => {
    const { starts } = hitWords(vocab, 'jobcentr', 2, true);
    expect(starts).toContain('jobcenterberatung');
    expect(hitWords(vocab, 'jobcentr', 2, false).starts.size).toBe(0);
  });

  it('agrees with a plain scan of every word', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 1, max: 2 }), (list, query, k) => {
        const sorted = [...list].sort();
        const { whole, starts } = hitWords(sorted, query, k, true);
        for (const w of sorted) {
          const d = editDistance(query, w, k);
          expect(whole.get(w), `${query} ~ ${w}`).toBe(d <= k ? d : undefined);
          let prefixHit = false;
          for (let n = query.length; n <= w.length; n++) if (editDistance(query, w.slice(0, n), k) <= k) prefixHit = true;
          expect(starts.has(w), `${query} ^ ${w}`).toBe(prefixHit);
        }
      }),
      { numRuns: 300 },
    );
  });
});
