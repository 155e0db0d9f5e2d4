import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Directory, Entry, Localized } from './types';
import { validateDirectory, validateDirectoryText } from './validate';
import { sampleDirectory, sampleRegion } from './validate.samples';

/** A Checked result has this shape whatever the input. */
function expectChecked(checked: ReturnType<typeof validateDirectory>): void {
  expect(typeof checked.ok).toBe('boolean');
  expect(Array.isArray(checked.problems)).toBe(true);
  if (!checked.ok) expect(checked.problems.some((p) => !p.warning)).toBe(true);
  for (const p of checked.problems) expect(typeof p.message).toBe('string');
}

/** Every path into a JSON value, as lists of keys. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** Replaces (or deletes, when `replacement` is undefined) the value at `path` in a deep copy. */
function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(value));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path[path.length - 1]!;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

const SAMPLE = sampleDirectory();
const SAMPLE_PATHS = paths(SAMPLE);

describe('validateDirectory never throws', () => {
  it('returns a Checked for arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (raw) => expectChecked(validateDirectory(raw))), { numRuns: 3000 });
  });

  it('returns a Checked for arbitrary values of any kind', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withTypedArray: true }), (raw) => expectChecked(validateDirectory(raw))), { numRuns: 1000 });
  });

  it('returns a Checked for valid directories with one part replaced or removed', () => {
    const replacement = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 3000 }), fc.double());
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_PATHS), replacement, (path, value) => {
        const checked = validateDirectory(mutate(SAMPLE, path, value));
        expectChecked(checked);
        // What passes is stable: its clean copy passes again unchanged.
        if (checked.ok) expect(validateDirectory(checked.value)).toMatchObject({ ok: true, value: checked.value });
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('returns a Checked for truncated or garbled files', () => {
    const text = JSON.stringify(SAMPLE);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 5 }), (cut, junk) => {
        expectChecked(validateDirectoryText(text.slice(0, cut) + junk));
      }),
      { numRuns: 1000 },
    );
  });
});

const [SOUTH, WEST, NORTH, EAST] = sampleRegion().bbox;
const word = fc.constantFrom('Amt', 'Beratung', 'Hilfe', 'Робота', 'допомога', 'مساعدة', 'العمل', 'کمک', 'کار', 'Eschwege', '12', '&', '<', '>');
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((words) => words.join(' '));
const localized = (max: number): fc.Arbitrary<Localized> =>
  fc.record({ de: phrase(max), uk: phrase(max), ar: phrase(max), 'fa-AF': phrase(max) });
const day = fc.constantFrom('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa');
const hour = fc.integer({ min: 6, max: 11 });
const hours = fc.tuple(day, day, hour, fc.integer({ min: 12, max: 19 })).map(
  ([from, to, open, close]) => `${from === to ? from : `${from},${to}`} ${String(open).padStart(2, '0')}:00-${close}:30`,
);
const date = fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const entry = (id: string): fc.Arbitrary<Entry> =>
  fc.record(
    {
      id: fc.constant(id),
      category: fc.constantFrom('arbeit', 'verwaltung'),
      name: phrase(8),
      description: localized(40),
      scope: fc.oneof(
        fc.constantFrom({ kind: 'national' as const }, { kind: 'state' as const }, { kind: 'district' as const }),
        fc.subarray(['06636003', '06636016'], { minLength: 1 }).map((ags) => ({ kind: 'municipalities' as const, ags })),
      ),
      // A valid address lies in one of the sample region's towns (elsewhere needs locatedElsewhere).
      address: fc.record({ street: phrase(3), postcode: fc.stringMatching(/^\d{5}$/), town: fc.constantFrom('Eschwege', 'Witzenhausen') }, { requiredKeys: ['town'] }),
      location: fc.record({
        lat: fc.double({ min: SOUTH, max: NORTH, noNaN: true }),
        lon: fc.double({ min: WEST, max: EAST, noNaN: true }),
        precision: fc.constantFrom('building' as const, 'street' as const, 'town' as const),
        source: phrase(4),
      }),
      phones: fc.array(fc.record({ number: fc.stringMatching(/^\+?[0-9]{3,6}( [0-9]{2,6})?(-[0-9]{1,3})?$/), fax: fc.boolean() }, { requiredKeys: ['number'] }), { maxLength: 3 }),
      email: fc.constantFrom('info@werra-meissner-kreis.de', 'a.b@c-d.de'),
      website: fc.constantFrom('https://www.werra-meissner-kreis.de/ukraine-krieg', 'http://example.org/a?b=c'),
      openingHours: hours,
      hoursNote: localized(10),
      languages: fc.subarray(['de', 'uk', 'ar', 'fa-AF', 'en', 'prs']),
      barrierFree: fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const),
      keywords: fc.array(phrase(3), { maxLength: 5 }),
      sources: fc.array(fc.record({ title: phrase(6), url: fc.constant('https://www.integrationsnetz-wmk.de/'), asOf: date }, { requiredKeys: ['title', 'asOf'] }), { minLength: 1, maxLength: 3 }),
      checked: date,
      conflicts: fc.array(fc.record({ field: fc.constantFrom('address', 'phones'), note: phrase(10) }), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'category', 'name', 'description', 'scope', 'phones', 'languages', 'barrierFree', 'keywords', 'sources', 'conflicts'] },
  )
  // A check date is only valid as the date of one of the entry's sources.
  .map((e) => (e.checked === undefined ? e : { ...e, checked: e.sources[0]!.asOf }));

const directory: fc.Arbitrary<Directory> = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/), { maxLength: 8 })
  .chain((ids) => fc.tuple(...['rathaus-eschwege', 'rathaus-witzenhausen', ...ids.filter((id) => !id.startsWith('rathaus-'))].map(entry)))
  .map((entries) => ({ ...SAMPLE, entries }));

describe('validateDirectory accepts what is valid', () => {
  it('passes generated valid directories and returns them unchanged', () => {
    fc.assert(
      fc.property(directory, (dir) => {
        const checked = validateDirectory(dir);
        expect(checked.problems.filter((p) => !p.warning)).toEqual([]);
        expect(checked.ok && checked.value).toEqual(dir);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
