import { describe, expect, it } from 'vitest';
import type { Directory, Entry, GeoPoint } from './types';
import { sampleDirectory, sampleEntry, text, townHall } from './validate.samples';
import { checkDirectoryPolicy } from './validate-policy';

const now = new Date(2026, 10, 30, 12);
const directoryOf = (entries: readonly Entry[]): Directory => ({ ...sampleDirectory(), entries });
const at = (lat: number, lon: number, precision: GeoPoint['precision']): GeoPoint => ({ lat, lon, precision, source: 'Test' });
const problemsOf = (entries: readonly Entry[]) =>
  checkDirectoryPolicy(directoryOf(entries), now, entries.map(() => 'data/entries/test.yaml')).map((p) => [p.entry, p.field, p.warning === true]);

describe('checkDirectoryPolicy: phone numbers in running text', () => {
  const hall = townHall('rathaus-eschwege', '06636003', 'Rathaus');
  const fresh = { ...hall, sources: [{ title: 'Rathaus', asOf: '2026-01' }] };
  const cases: readonly [string, Partial<Entry>, readonly (string | boolean)[][]][] = [
    ['a number in the description that is also a phone', { phones: [{ number: '05651 304-0' }], description: text('Zentrale 05651 304-0.', 'x', 'x', 'x') }, []],
    ['a number in the description that is no phone', { description: text('Rufen Sie 05651 304-0 an.', 'x', 'x', 'x') }, [['rathaus-eschwege', 'description.de', false]]],
    ['a number in the Dari hours note in Persian digits', { hoursNote: text('x', 'x', 'x', 'اول به ۱۱۶ ۱۱۷ زنگ بزنید') }, [['rathaus-eschwege', 'hoursNote.fa-AF', false]]],
    ['a number in the address note', { address: { town: 'Eschwege', note: 'Pforte: 05651 304-99' } }, [['rathaus-eschwege', 'address.note', false]]],
    ['a number in bring and transit', { bring: text('x', 'x', 'x', 'x'), transit: text('x', 'Автобус, 0561 7091-0', 'x', 'x') }, [['rathaus-eschwege', 'transit.uk', false]]],
    ['the emergency numbers anywhere', { description: text('Bei Lebensgefahr 112, bei Gefahr 110.', 'x', 'x', 'x') }, []],
    ['a conflict note that quotes another number', { conflicts: [{ field: 'phones', note: 'Eine alte Seite nennt 05651 304-1.' }] }, []],
    ['years, hours and postcodes', { description: text('Seit 2001, Mo–Fr 8–12 Uhr, 37269 Eschwege.', 'x', 'x', 'x') }, []],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(problemsOf([{ ...fresh, ...change }])).toEqual(expected);
  });
});

describe('checkDirectoryPolicy: entries on one point', () => {
  const e = (id: string, location: GeoPoint, street?: string): Entry => ({
    ...townHall(id, '06636003', id),
    sources: [{ title: 'Test', asOf: '2026-01' }],
    location,
    ...(street !== undefined && { address: { street, town: 'Eschwege' } }),
  });
  const cases: readonly [string, readonly Entry[], readonly (string | boolean)[][]][] = [
    ['two town points', [e('a', at(51.18, 10.05, 'town')), e('b', at(51.18, 10.05, 'town'))], []],
    ['two buildings on two points', [e('a', at(51.18, 10.05, 'building')), e('b', at(51.181, 10.05, 'building'))], []],
    ['a building on a town point', [e('a', at(51.18, 10.05, 'town')), e('b', at(51.18, 10.05, 'building'))], [['b', 'location', false]]],
    ['two "buildings" on one point, different streets', [e('a', at(51.18, 10.05, 'building'), 'Markt 1'), e('b', at(51.18, 10.05, 'street'), 'Markt 2')], [['a', 'location', false], ['b', 'location', false]]],
    ['one building, two offices at the same address', [e('a', at(51.18, 10.05, 'building'), 'Markt 1'), e('b', at(51.18, 10.05, 'building'), 'Markt 1')], []],
    ['no location', [{ ...e('a', at(51.18, 10.05, 'building')), location: undefined } as unknown as Entry, e('b', at(51.18, 10.05, 'building'))], []],
  ];
  it.each(cases)('%s', (_name, entries, expected) => {
    expect(problemsOf(entries.map((x) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as unknown as Entry))).toEqual(expected);
  });
});

describe('checkDirectoryPolicy: old sources', () => {
  it('warns per source older than the region allows, counted from now', () => {
    const entry = { ...sampleEntry(), sources: [{ title: 'a', asOf: '2023-11-30' }, { title: 'b', asOf: '2023-11' }, { title: 'c', asOf: '2022' }] };
    const { checked: _checked, ...unchecked } = entry;
    expect(problemsOf([unchecked])).toEqual([
      ['jobcenter-eschwege', 'sources.1.asOf', true],
      ['jobcenter-eschwege', 'sources.2.asOf', true],
    ]);
    const fiveYears: Directory = { ...directoryOf([unchecked]), region: { ...sampleDirectory().region, freshness: { checkBeforeVisitAfterYears: 5 } } };
    expect(checkDirectoryPolicy(fiveYears, now)).toEqual([]);
  });

  it('names the file of each entry', () => {
    const [problem] = checkDirectoryPolicy(directoryOf([{ ...townHall('x', '06636003', 'x'), sources: [{ title: 't', asOf: '2020' }] }]), now, ['data/entries/rathaus.yaml']);
    expect(problem).toMatchObject({ file: 'data/entries/rathaus.yaml', entry: 'x', field: 'sources.0.asOf', warning: true });
  });
});
