import { describe, expect, it } from 'vitest';
import { perDirectory } from './per-directory';
import { sampleDirectory } from './validate.samples';

describe('perDirectory', () => {
  it('makes the value once per directory, and anew for new data', () => {
    let made = 0;
    const count = perDirectory((d) => {
      made++;
      return { entries: d.entries.length };
    });
    const first = sampleDirectory();
    const a = count(first);
    expect(count(first)).toBe(a);
    expect(made).toBe(1);
    const next = { ...first, entries: first.entries.slice(1) };
    expect(count(next)).toEqual({ entries: first.entries.length - 1 });
    expect(made).toBe(2);
    expect(count(first)).toBe(a);
  });

  it('keeps a value that is undefined too', () => {
    let made = 0;
    const nothing = perDirectory(() => {
      made++;
      return undefined;
    });
    const d = sampleDirectory();
    nothing(d);
    nothing(d);
    expect(made).toBe(1);
  });
});
