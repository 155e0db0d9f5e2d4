import { describe, expect, it } from 'vitest';
import type { Problem } from './problems';
import { validateDirectory, validateDirectoryText, validateEntry, validateRegion } from './validate';
import { sampleDirectory, sampleEntry, sampleRegion } from './validate.samples';

/** A deep copy of the sample directory with one change applied to its first entry. */
function withEntry(change: (entry: Record<string, unknown>) => void): unknown {
  const dir = JSON.parse(JSON.stringify(sampleDirectory()));
  change(dir.entries[0]);
  return dir;
}

function errors(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => !p.warning);
}

function errorFields(raw: unknown): string[] {
  return errors(validateDirectory(raw).problems).map((p) => p.field);
}

describe('validateDirectory: valid data', () => {
  it('accepts the sample directory and returns an equal clean copy', () => {
    const checked = validateDirectory(sampleDirectory());
    expect(errors(checked.problems)).toEqual([]);
    expect(checked.ok && checked.value).toEqual(sampleDirectory());
  });

  it('accepts an entry without a check date', () => {
    const checked = validateDirectory(withEntry((e) => delete e.checked));
    expect(checked.ok && 'checked' in checked.value.entries[0]!).toBe(false);
  });

  it('drops unknown fields with a warning that hints at a typo', () => {
    const checked = validateDirectory(withEntry((e) => (e.phone = '05651 1')));
    expect(checked.ok).toBe(true);
    expect(checked.ok && 'phone' in checked.value.entries[0]!).toBe(false);
    expect(checked.problems).toContainEqual(expect.objectContaining({ field: 'entries.0.phone', warning: true }));
  });

  it('accepts a year written as a number in a source and a postcode as a number (YAML)', () => {
    const checked = validateDirectory(withEntry((e) => {
      (e.sources as Record<string, unknown>[])[0]!.asOf = 2024;
      (e.address as Record<string, unknown>).postcode = 37269;
    }));
    expect(checked.ok && checked.value.entries[0]!.sources[0]!.asOf).toBe('2024');
    expect(checked.ok && checked.value.entries[0]!.address!.postcode).toBe('37269');
  });
});

describe('validateDirectory: hostile or broken input', () => {
  it.each([null, undefined, 42, 'text', [], true])('rejects %j with a problem instead of throwing', (raw) => {
    const checked = validateDirectory(raw);
    expect(checked.ok).toBe(false);
    expect(errors(checked.problems).length).toBeGreaterThan(0);
  });

  it('rejects an unknown format version with a clear message', () => {
    const checked = validateDirectory({ ...sampleDirectory(), format: 2 });
    expect(checked.ok).toBe(false);
    expect(checked.problems[0]).toMatchObject({ field: 'format' });
    expect(checked.problems[0]!.message).toContain('Format 1');
  });

  it('rejects a truncated file as text', () => {
    const text = JSON.stringify(sampleDirectory());
    const checked = validateDirectoryText(text.slice(0, text.length / 2));
    expect(checked.ok).toBe(false);
    expect(checked.problems[0]!.message).toMatch(/beschädigt/);
    expect(validateDirectoryText(text).ok).toBe(true);
  });

  it('rejects more than 20,000 entries without checking each', () => {
    const dir = { ...sampleDirectory(), entries: new Array(20_001).fill(sampleEntry()) };
    expect(errorFields(dir)).toEqual(['entries']);
  });

  it('caps the problem list for a file full of errors', () => {
    const dir = { ...sampleDirectory(), entries: new Array(5000).fill({ id: 'X' }) };
    const checked = validateDirectory(dir);
    expect(checked.ok).toBe(false);
    expect(checked.problems.length).toBeLessThan(400);
    expect(checked.problems.at(-1)!.message).toMatch(/abgebrochen/);
  });

  it('never reads inherited properties such as __proto__', () => {
    const raw = JSON.parse('{"format":1,"__proto__":{"entries":[]}}');
    expect(validateDirectory(raw).ok).toBe(false);
  });

  it('rejects HTML, scripts and control characters in texts, but allows a plain "<"', () => {
    expect(errorFields(withEntry((e) => ((e.description as Record<string, string>).de = 'Hallo <script>alert(1)</script>')))).toEqual(['entries.0.description.de']);
    expect(errorFields(withEntry((e) => (e.name = 'Amt <b>fett</b>')))).toEqual(['entries.0.name']);
    expect(errorFields(withEntry((e) => (e.name = 'Amt\u0000')))).toEqual(['entries.0.name']);
    expect(errorFields(withEntry((e) => (e.name = 'Amt\nzwei Zeilen')))).toEqual(['entries.0.name']);
    expect(errorFields(withEntry((e) => ((e.description as Record<string, string>).de = 'Für Kinder < 6 Jahre.\nZweite Zeile.')))).toEqual([]);
  });

  it('rejects texts over their limits', () => {
    expect(errorFields(withEntry((e) => (e.name = 'x'.repeat(201))))).toEqual(['entries.0.name']);
    expect(errorFields(withEntry((e) => ((e.description as Record<string, string>).uk = 'я'.repeat(2001))))).toEqual(['entries.0.description.uk']);
    expect(errorFields(withEntry((e) => ((e.description as Record<string, string>).uk = 'я'.repeat(2000))))).toEqual([]);
  });
});

describe('validateDirectory: fields of an entry', () => {
  it.each([
    ['an id with capitals or spaces', (e: Record<string, unknown>) => (e.id = 'Jobcenter Eschwege'), 'entries.0.id'],
    ['an unknown category', (e: Record<string, unknown>) => (e.category = 'sport'), 'entries.0.category'],
    ['a missing name', (e: Record<string, unknown>) => delete e.name, 'entries.0.name'],
    ['a missing translation', (e: Record<string, unknown>) => delete (e.description as Record<string, string>)['fa-AF'], 'entries.0.description.fa-AF'],
    ['an empty translation', (e: Record<string, unknown>) => ((e.description as Record<string, string>).ar = '  '), 'entries.0.description.ar'],
    ['an unknown AGS', (e: Record<string, unknown>) => (e.scope = { kind: 'municipalities', ags: ['06636099'] }), 'entries.0.scope.ags.0'],
    ['an AGS with 7 digits', (e: Record<string, unknown>) => (e.scope = { kind: 'municipalities', ags: ['0663600'] }), 'entries.0.scope.ags.0'],
    ['an unknown scope kind', (e: Record<string, unknown>) => (e.scope = { kind: 'world' }), 'entries.0.scope.kind'],
    ['a point outside the region', (e: Record<string, unknown>) => ((e.location as Record<string, number>).lat = 10.05), 'entries.0.location'],
    ['a wrong postcode', (e: Record<string, unknown>) => ((e.address as Record<string, string>).postcode = '3726'), 'entries.0.address.postcode'],
    ['unreadable opening hours', (e: Record<string, unknown>) => (e.openingHours = 'Montag bis Freitag vormittags'), 'entries.0.openingHours'],
    ['a phone with letters', (e: Record<string, unknown>) => ((e.phones as Record<string, unknown>[])[0]!.number = '05651 22AB'), 'entries.0.phones.0.number'],
    ['a phone with two digits', (e: Record<string, unknown>) => ((e.phones as Record<string, unknown>[])[0]!.number = '11'), 'entries.0.phones.0.number'],
    ['a phone written as a number', (e: Record<string, unknown>) => ((e.phones as Record<string, unknown>[])[0]!.number = 5651), 'entries.0.phones.0.number'],
    ['a broken e-mail', (e: Record<string, unknown>) => (e.email = 'jobcenter at eschwege.de'), 'entries.0.email'],
    ['a javascript: address', (e: Record<string, unknown>) => (e.website = 'javascript:alert(1)'), 'entries.0.website'],
    ['a web address without https://', (e: Record<string, unknown>) => (e.website = 'www.werra-meissner-kreis.de'), 'entries.0.website'],
    ['no source', (e: Record<string, unknown>) => (e.sources = []), 'entries.0.sources'],
    ['a source without date', (e: Record<string, unknown>) => delete (e.sources as Record<string, unknown>[])[0]!.asOf, 'entries.0.sources.0.asOf'],
    ['a source dated 2024-13', (e: Record<string, unknown>) => ((e.sources as Record<string, unknown>[])[0]!.asOf = '2024-13'), 'entries.0.sources.0.asOf'],
    ['an impossible checked date', (e: Record<string, unknown>) => (e.checked = '2025-02-30'), 'entries.0.checked'],
    ['a check date that no source has', (e: Record<string, unknown>) => (e.checked = '2025-03-04'), 'entries.0.checked'],
    ['a check date only as near as the year of a source', (e: Record<string, unknown>) => (e.checked = '2022-01-01'), 'entries.0.checked'],
    ['a wrong barrierFree word', (e: Record<string, unknown>) => (e.barrierFree = 'ja'), 'entries.0.barrierFree'],
    ['phones not a list', (e: Record<string, unknown>) => (e.phones = '05651 2283-0'), 'entries.0.phones'],
    ['a language code in words', (e: Record<string, unknown>) => (e.languages = ['Deutsch']), 'entries.0.languages.0'],
  ])('rejects %s', (_name, change, field) => {
    expect(errorFields(withEntry(change))).toEqual([field]);
  });

  it.each(['05651 2283-0', '+49 5651 2283-0', '112', '116 117', '0800/1103333'])('accepts the phone number %s', (number) => {
    expect(errorFields(withEntry((e) => ((e.phones as Record<string, unknown>[])[0]!.number = number)))).toEqual([]);
  });

  it.each(['2022', '2024-08', '2025-03-03'])('accepts the source date %s', (asOf) => {
    expect(errorFields(withEntry((e) => ((e.sources as Record<string, unknown>[])[0]!.asOf = asOf)))).toEqual([]);
  });

  it('keeps opening hours that parse with a hint as a warning', () => {
    const checked = validateDirectory(withEntry((e) => (e.openingHours = 'Mo-Fr 8-12')));
    expect(checked.ok).toBe(true);
    expect(checked.problems).toContainEqual(expect.objectContaining({ field: 'entries.0.openingHours', warning: true }));
  });

  it('accepts an address and a point outside the region only with locatedElsewhere', () => {
    const kassel = (e: Record<string, unknown>) => {
      e.address = { street: 'Treppenstraße', postcode: '34117', town: 'Kassel' };
      e.location = { lat: 51.3127, lon: 9.4797, precision: 'town', source: 'test' };
    };
    expect(errorFields(withEntry(kassel))).toEqual(['entries.0.address.town', 'entries.0.location']);
    const checked = validateDirectory(withEntry((e) => { kassel(e); e.locatedElsewhere = true; }));
    expect(errors(checked.problems)).toEqual([]);
    expect(checked.ok && checked.value.entries[0]!.locatedElsewhere).toBe(true);
  });

  it('accepts an entry without a check date and keeps it absent', () => {
    const checked = validateDirectory(withEntry((e) => delete e.checked));
    expect(checked.ok && 'checked' in checked.value.entries[0]!).toBe(false);
  });

  it('rejects a duplicate id and names the first one', () => {
    const dir = sampleDirectory();
    const checked = validateDirectory({ ...dir, entries: [...dir.entries, sampleEntry()] });
    expect(errors(checked.problems)).toEqual([expect.objectContaining({ entry: 'jobcenter-eschwege', field: 'entries.3.id' })]);
  });

  it('keeps a whole-number rank and rejects any other', () => {
    expect(errorFields(withEntry((e) => (e.rank = 1)))).toEqual([]);
    for (const rank of [0, 1.5, '1', -3]) expect(errorFields(withEntry((e) => (e.rank = rank)))).toEqual(['entries.0.rank']);
  });

  it('rejects two entries with one rank in one category', () => {
    const dir = JSON.parse(JSON.stringify(sampleDirectory())) as { entries: Record<string, unknown>[] };
    const [first, second] = dir.entries;
    Object.assign(first!, { rank: 2 });
    Object.assign(second!, { rank: 2, category: first!.category });
    expect(errorFields(dir)).toEqual(['entries.1.rank']);
  });

  it('rejects a municipality whose town hall entry is missing', () => {
    const dir = sampleDirectory();
    const checked = validateDirectory({ ...dir, entries: dir.entries.slice(0, 2) });
    expect(errors(checked.problems)).toEqual([expect.objectContaining({ field: 'region.municipalities.1.townHall' })]);
  });
});

describe('problem locations', () => {
  it('names file, entry id and field when the sources are given', () => {
    const dir = withEntry((e) => ((e.phones as Record<string, unknown>[])[0]!.number = 'x'));
    const checked = validateDirectory(dir, {
      regionFile: 'data/region.yaml',
      entrySources: [{ file: 'data/entries/arbeit.yaml', position: 0 }, { file: 'data/entries/rathaus.yaml', position: 0 }, { file: 'data/entries/rathaus.yaml', position: 1 }],
    });
    expect(errors(checked.problems)).toEqual([
      { file: 'data/entries/arbeit.yaml', entry: 'jobcenter-eschwege', field: 'phones.0.number', message: expect.stringContaining('Telefonnummer') },
    ]);
  });

  it('names an entry without a readable id by its position', () => {
    const dir = withEntry((e) => delete e.id);
    expect(errors(validateDirectory(dir).problems)[0]).toMatchObject({ entry: 'Eintrag Nr. 1', field: 'entries.0.id' });
  });
});

describe('validateEntry and validateRegion', () => {
  it('checks one entry against a region', () => {
    expect(validateEntry(sampleEntry(), sampleRegion()).ok).toBe(true);
    const checked = validateEntry({ ...sampleEntry(), category: 'nope' }, sampleRegion(), 'a.yaml');
    expect(errors(checked.problems)).toEqual([expect.objectContaining({ file: 'a.yaml', field: 'category' })]);
  });

  it.each([
    ['a bbox in the wrong order', { bbox: [51.4, 10.2, 51.0, 9.6] }, 'bbox'],
    ['a duplicate municipality', { municipalities: [sampleRegion().municipalities[0], sampleRegion().municipalities[0]] }, 'municipalities.1'],
    ['a centre outside the bbox', { municipalities: [{ ...sampleRegion().municipalities[0], centre: { lat: 52.5, lon: 10.0 } }] }, 'municipalities.0.centre.lat'],
    ['a tile URL without {z}', { tileUrl: 'https://tile.openstreetmap.org/x.png' }, 'tileUrl'],
    ['a colour with CSS code', { categories: [{ ...sampleRegion().categories[0], color: 'red; background: url(x)' }] }, 'categories.0.color'],
    ['a boundary path leaving the app', { boundaries: '../secret.json' }, 'boundaries'],
    ['no age rule for sources', { freshness: undefined }, 'freshness'],
    ['an age rule without years', { freshness: {} }, 'freshness.checkBeforeVisitAfterYears'],
    ['an age rule of 0 years', { freshness: { checkBeforeVisitAfterYears: 0 } }, 'freshness.checkBeforeVisitAfterYears'],
    ['an age rule of 2.5 years', { freshness: { checkBeforeVisitAfterYears: 2.5 } }, 'freshness.checkBeforeVisitAfterYears'],
    ['an age rule as a year', { freshness: { checkBeforeVisitAfterYears: 2023 } }, 'freshness.checkBeforeVisitAfterYears'],
  ])('rejects %s', (_name, change, field) => {
    const checked = validateRegion({ ...sampleRegion(), ...change });
    expect(errors(checked.problems).map((p) => p.field)).toEqual([field]);
  });
});
