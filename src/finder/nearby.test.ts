import { describe, expect, it } from 'vitest';
import { localized, testEntry, testRegion } from '../directory/search.samples';
import type { Directory } from '../directory/types';
import { listItems } from './list-model';
import { alsoNear, listOrigin, townOrigin } from './nearby';

const SONTRA = '06636011';
const ESCHWEGE = '06636003';
const WITZENHAUSEN = '06636016';
const ctx = { now: new Date(2026, 0, 12, 10, 0) };
const at = (lat: number, lon: number) => ({ lat, lon, precision: 'town' as const, source: 'test' });

// Two food banks as in the data: each only for its own town, located at its town's centre.
const region = { ...testRegion(), categories: [...testRegion().categories, { id: 'alltag', icon: 'basket', color: '#555', label: localized('Alltag') }] };
const directory: Directory = {
  format: 1,
  version: 'v',
  asOf: '2026-01-01',
  region,
  entries: [
    testEntry('tafel-eschwege', { category: 'alltag', scope: { kind: 'municipalities', ags: [ESCHWEGE] }, location: at(51.1839, 10.0533) }),
    testEntry('tafel-witzenhausen', { category: 'alltag', scope: { kind: 'municipalities', ags: [WITZENHAUSEN] }, location: at(51.3334, 9.858) }),
    testEntry('tafel-ohne-ort', { category: 'alltag', scope: { kind: 'municipalities', ags: [WITZENHAUSEN] } }),
    testEntry('jobcenter', { category: 'arbeit', scope: { kind: 'district' }, location: at(51.1839, 10.0533) }),
  ],
};

describe('the home town as origin', () => {
  it('is the municipality centre, named', () => {
    expect(townOrigin(region, SONTRA, 'de')).toEqual({ point: { lat: 51.0717, lon: 9.9356 }, town: 'Sontra' });
    expect(townOrigin(region, '99999999', 'de')).toBeUndefined();
    expect(townOrigin(region, undefined, 'de')).toBeUndefined();
  });

  it('gives way to a shared position; the filter’s town comes before the saved home town', () => {
    expect(listOrigin(region, 'de', { lat: 51, lon: 10 }, SONTRA, ESCHWEGE)).toEqual({ point: { lat: 51, lon: 10 } });
    expect(listOrigin(region, 'de', undefined, SONTRA, ESCHWEGE)?.town).toBe('Sontra');
    expect(listOrigin(region, 'de', undefined, undefined, ESCHWEGE)?.town).toBe('Eschwege');
  });

  it('sorts "nearest first" from Sontra’s centre without a position', () => {
    const origin = listOrigin(region, 'de', undefined, undefined, SONTRA);
    const items = listItems(directory, { filters: { category: 'alltag' }, ctx, sort: 'distance', ...(origin ? { position: origin.point } : {}) });
    // Worked out by hand with the haversine formula (R = 6371.0088 km): 14.94 and 29.60 km.
    expect(items.map((i) => [i.entry.id, i.km?.toFixed(2)])).toEqual([
      ['tafel-eschwege', '14.94'],
      ['tafel-witzenhausen', '29.60'],
      ['tafel-ohne-ort', undefined],
    ]);
  });
});

describe('also near you', () => {
  it('offers the nearest food banks of other towns when Sontra has none', () => {
    expect(listItems(directory, { filters: { category: 'alltag', ags: SONTRA }, ctx, sort: 'relevance' })).toEqual([]);
    const near = alsoNear(directory, { category: 'alltag', ags: SONTRA }, ctx, SONTRA);
    expect(near.map((i) => [i.entry.id, i.km?.toFixed(2)])).toEqual([
      ['tafel-eschwege', '14.94'],
      ['tafel-witzenhausen', '29.60'],
    ]);
  });

  it('keeps the other filters and the count', () => {
    expect(alsoNear(directory, { category: 'alltag', ags: SONTRA }, ctx, SONTRA, 1).map((i) => i.entry.id)).toEqual(['tafel-eschwege']);
    expect(alsoNear(directory, { category: 'alltag', ags: SONTRA, barrierFree: true }, ctx, SONTRA)).toEqual([]);
    expect(alsoNear(directory, { category: 'alltag' }, ctx, '99999999')).toEqual([]);
  });
});
