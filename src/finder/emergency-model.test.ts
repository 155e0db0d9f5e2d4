import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../scripts/lib/load-data';
import type { Directory } from '../directory/types';
import { callablePhones } from '../directory/phones';
import { DISTRICT_CONTACT_ID, EMERGENCY_CATEGORY, emergencyList } from './emergency-model';


describe('emergencyList on the real data', () => {
  let directory: Directory;
  beforeAll(async () => {
    const data = await loadData('data');
    expect(data.directory, 'the data folder must pass its check').toBeDefined();
    directory = data.directory as Directory;
  });

  it('lists every callable emergency entry in the data’s order, 112, 110, 116 117 and 116 016 among them', () => {
    const list = emergencyList(directory);
    const numbers = list.emergency.flatMap((e) => callablePhones(e).map((p) => p.number));
    expect(numbers).toEqual(expect.arrayContaining(['112', '110', '116 117', '116 016']));
    const all = directory.entries.filter((e) => e.category === EMERGENCY_CATEGORY && callablePhones(e).length > 0);
    expect(list.emergency.map((e) => e.id)).toEqual(all.map((e) => e.id));
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
