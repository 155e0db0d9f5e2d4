import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../scripts/lib/load-data';
import type { Directory } from '../directory/types';
import { callablePhones } from '../directory/phones';
import { DISTRICT_CONTACT_ID, emergencyList, isEmergencyCall, urgentMedical } from './emergency-model';


describe('emergencyList on the real data', () => {
  let directory: Directory;
  beforeAll(async () => {
    const data = await loadData('data');
    expect(data.directory, 'the data folder must pass its check').toBeDefined();
    directory = data.directory as Directory;
  });

  it('lists every callable emergency entry, 112 first, 110 second, 116 117 third', () => {
    const list = emergencyList(directory);
    const numbers = list.emergency.flatMap((e) => callablePhones(e).map((p) => p.number));
    expect(numbers.slice(0, 3)).toEqual(['112', '110', '116 117']);
    // Written out from data/entries, not rebuilt with the model's own filter.
    expect(list.emergency.map((e) => e.id)).toEqual([
      'notruf-112', 'polizei-110', 'aerztlicher-bereitschaftsdienst-116117', 'hilfetelefon-gewalt-gegen-frauen',
      'telefonseelsorge', 'hilfetelefon-schwangere-in-not', 'nummer-gegen-kummer-kinder', 'nummer-gegen-kummer-eltern',
      'hilfetelefon-sexueller-missbrauch', 'giftnotruf-mainz', 'polizeidirektion-werra-meissner',
      'polizeistation-witzenhausen', 'polizeistation-sontra', 'polizeistation-hessisch-lichtenau',
    ]);
  });

  it('keeps that order whatever order the entries arrive in (IndexedDB gives them by id)', () => {
    const byId = { ...directory, entries: [...directory.entries].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    const reversed = { ...directory, entries: [...directory.entries].reverse() };
    for (const d of [byId, reversed]) {
      expect(emergencyList(d).emergency.slice(0, 3).map((e) => e.id)).toEqual(['notruf-112', 'polizei-110', 'aerztlicher-bereitschaftsdienst-116117']);
    }
  });

  it('marks only 112 and 110 as emergency calls', () => {
    const marked = directory.entries.filter(isEmergencyCall).map((e) => e.id);
    expect(marked).toEqual(['notruf-112', 'polizei-110']);
  });

  it('offers 112 and then 116 117 for a sick person at night', () => {
    const reversed = { ...directory, entries: [...directory.entries].reverse() };
    expect(urgentMedical(reversed).map((e) => callablePhones(e)[0]?.number)).toEqual(['112', '116 117']);
  });

  it('finds the district’s contact (Kreisverwaltung) by its id in the data, with its number from there', () => {
    const hotline = emergencyList(directory).hotline;
    expect(hotline?.id).toBe(DISTRICT_CONTACT_ID);
    expect(callablePhones(hotline!).length).toBeGreaterThan(0);
  });

  it('leaves the district’s contact out when the data has none', () => {
    const without = { ...directory, entries: directory.entries.filter((e) => e.id !== DISTRICT_CONTACT_ID) };
    expect(emergencyList(without).hotline).toBeUndefined();
  });

  it('never offers a fax number to call', () => {
    const withFax = directory.entries.filter((e) => e.phones.some((p) => p.fax));
    expect(withFax.length).toBeGreaterThan(0);
    for (const e of withFax) expect(callablePhones(e).some((p) => p.fax)).toBe(false);
  });
});
