import { describe, expect, it } from 'vitest';
import { generateEntries, stubRegion } from '../../scripts/bench/generate';
import { MAX_CHARS_PER_ENTRY, MAX_ENTRIES, MAX_TEXT_LENGTH, validateDirectoryText } from './validate';

/** The validator's message for a file refused by its size (the start of it, in German). */
const TOO_BIG = 'Die Datei ist zu groß';

const refusedForSize = (text: string) => validateDirectoryText(text).problems.some((p) => p.message.startsWith(TOO_BIG));

describe('the size cap and the entry cap agree', () => {
  it('refuses a file one character over the size cap, and parses one of exactly that size', () => {
    // Not JSON at all: the size check comes first, then the parser says it is broken.
    expect(refusedForSize('x'.repeat(MAX_TEXT_LENGTH + 1))).toBe(true);
    const atCap = validateDirectoryText('x'.repeat(MAX_TEXT_LENGTH));
    expect(atCap.ok).toBe(false);
    expect(atCap.problems.map((p) => p.message.startsWith(TOO_BIG))).toEqual([false]);
  });

  it('lets a file with as many entries as the entry cap allows, each as heavy as a real one, through the size check', () => {
    // Entries as heavy as real ones (the benchmark generator is checked against the real data in
    // scripts/bench/generate.test.ts), as many as the entry cap allows, each padded to the
    // average size the cap allows. Format 2 makes the validator stop right after parsing: the
    // size check let it through when the only problem is the format.
    const entries = generateEntries(MAX_ENTRIES, 5).map((e) => {
      const plain = JSON.stringify(e).length;
      return { ...e, keywords: [...e.keywords, 'x'.repeat(Math.max(0, MAX_CHARS_PER_ENTRY - plain - 5))] };
    });
    const text = JSON.stringify({ format: 2, version: '2099-01-01T00:00:00Z', asOf: '2099-01-01', region: stubRegion(), entries });
    expect(text.length).toBeGreaterThan(MAX_ENTRIES * (MAX_CHARS_PER_ENTRY - 10));
    const checked = validateDirectoryText(text);
    expect(checked.problems.map((p) => p.field)).toEqual(['format']);
  }, 60_000);
});
