import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/directory/validate';
import { sampleEntry, sampleRegion, townHall } from '../../src/directory/validate.samples';
import { entryToRow, rowToEntry } from './entry-row';

describe('entry rows', () => {
  it.each([
    ['a full entry', sampleEntry()],
    ['a minimal entry', townHall('rathaus-eschwege', '06636003', 'Rathaus Eschwege')],
  ])('turns %s into a row and back unchanged', (_name, entry) => {
    const checked = validateEntry(rowToEntry(entryToRow(entry)), sampleRegion());
    expect(checked.ok && checked.value).toEqual(entry);
  });

  it('joins lists with " | " and sources with " || "', () => {
    const row = entryToRow(sampleEntry());
    expect(row.phones).toBe('05651 2283-0 | 05651 2283-200 (Fax)');
    expect(row.phone_labels_de).toBe('Zentrale | ');
    expect(row.sources).toBe('Jobcenter Werra-Meißner: Finanzielle Leistungen | https://www.jobcenter-werra-meissner.de/ | 2022 || Anruf beim Jobcenter: Adresse und Telefon bestätigt |  | 2025-03-03');
    expect(row.scope).toBe('district');
  });

  it('reads what a German spreadsheet makes of numbers, dates and keys', () => {
    const row = { ...entryToRow(townHall('rathaus-eschwege', '06636003', 'Rathaus')), scope_ags: '6636003', checked: '01.03.2025', sources: 'Wikipedia |  | 2023 || Anruf im Rathaus |  | 2025-03-01', lat: '51,1839', lon: '10,0533', precision: 'town', location_source: 'GeoNames' };
    const checked = validateEntry(rowToEntry(row), sampleRegion());
    expect(checked.ok && [checked.value.scope, checked.value.checked, checked.value.location?.lat]).toEqual([
      { kind: 'municipalities', ags: ['06636003'] }, '2025-03-01', 51.1839,
    ]);
  });

  it('refuses to export a keyword that contains the list separator', () => {
    expect(() => entryToRow({ ...sampleEntry(), keywords: ['a | b'] })).toThrow(/enthält/);
  });
});
