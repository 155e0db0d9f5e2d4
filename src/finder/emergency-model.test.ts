import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../scripts/lib/load-data';
import type { Directory } from '../directory/types';
import { callablePhones } from '../directory/phones';
import { BUERGERTELEFON_ID, emergencyList } from './emergency-model';


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
    // Written out from data/entries, not rebuilt with the model's own filter.
    expect(list.emergency.map((e) => e.id)).toEqual([
      'notruf-112', 'polizei-110', 'aerztlicher-bereitschaftsdienst-116117', 'hilfetelefon-gewalt-gegen-frauen',
      'telefonseelsorge', 'hilfetelefon-schwangere-in-not', 'nummer-gegen-kummer-kinder', 'nummer-gegen-kummer-eltern',
      'hilfetelefon-sexueller-missbrauch', 'giftnotruf-mainz',
    ]);
  });

  it('finds the Bürgertelefon by its id in the data, with its number from there', () => {
    const hotline = emergencyList(directory).hotline;
    expect(hotline?.id).toBe(BUERGERTELEFON_ID);
    expect(callablePhones(hotline!).length).toBeGreaterThan(0);
  });

  it('leaves the Bürgertelefon out when the data has none', () => {
    const without = { ...directory, entries: directory.entries.filter((e) => e.id !== BUERGERTELEFON_ID) };
    expect(emergencyList(without).hotline).toBeUndefined();
  });

  it('never offers a fax number to call', () => {
    const withFax = directory.entries.filter((e) => e.phones.some((p) => p.fax));
    expect(withFax.length).toBeGreaterThan(0);
    for (const e of withFax) expect(callablePhones(e).some((p) => p.fax)).toBe(false);
  });
});
