import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords } from './normalize';
import { buildIndex, search } from './search';
import { localized, testEntry, testRegion } from './search.samples';

// Words from every script the app meets, plus marks, emoji and controls that users paste.
const piece = fc.oneof(
  fc.constantFrom('Jobcenter', 'Straße', 'Großalmerode', 'Ешвеге', 'центр', "сім'я", 'مركز', 'العمل', 'اشفیگه', 'کار', '37269'),
  fc.constantFrom(' ', '-', '\u200d', '\u200c', '\u200f', '\u0640', '\u064e', '🙂', '.*', '(', '\\', "'"),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
const entryTexts = fc.array(fc.record({ name: text, description: text, keyword: text }), { minLength: 1, maxLength: 12 });

function indexOf(list: readonly { name: string; description: string; keyword: string }[]) {
  const entries = list.map((t, i) =>
    testEntry(`e${i}`, { name: t.name, description: localized(t.description, t.keyword), keywords: [t.keyword] }),
  );
  return { entries, index: buildIndex(entries, testRegion()) };
}

describe('search properties', () => {
  it('never throws, returns only known entries, best first, at most the limit', () => {
    fc.assert(
      fc.property(entryTexts, fc.oneof(text, fc.string({ unit: 'binary' })), fc.integer({ min: 0, max: 20 }), (list, query, limit) => {
        const { entries, index } = indexOf(list);
        const hits = search(index, query, limit);
        const known = new Set(entries.map((e) => e.id));
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        for (const h of hits) expect(known.has(h.id)).toBe(true);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('finds an entry by its exact name', () => {
    fc.assert(
      fc.property(entryTexts, fc.nat(), (list, pick) => {
        const { entries, index } = indexOf(list);
        const target = entries[pick % entries.length];
        if (!target || foldedWords(target.name).length === 0) return;
        const hits = search(index, target.name, entries.length);
        expect(hits.map((h) => h.id)).toContain(target.id);
      }),
      { numRuns: 300 },
    );
  });

  it('survives very long input of any kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (chunk) => {
        const { index } = indexOf([{ name: chunk, description: chunk, keyword: chunk }]);
        const query = chunk.repeat(Math.ceil(10_000 / chunk.length));
        expect(() => search(index, query)).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});
