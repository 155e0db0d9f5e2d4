/**
 * Small entries and a region for the search tests. Only the fields search reads carry meaning;
 * the municipalities' keys and points are the published ones (AGS; GeoNames postal-code points).
 */
import type { Entry, Localized, Municipality, Region } from './types';

/** A text in all four languages. */
export function localized(de: string, uk = '', ar = '', fa = ''): Localized {
  return { de, uk, ar, 'fa-AF': fa };
}

function town(ags: string, name: string, lat: number, lon: number): Municipality {
  return { ags, name, names: {}, centre: { lat, lon }, townHall: `rathaus-${ags}` };
}

/** A region with four of the district's municipalities (German names only) and two categories. */
export function testRegion(): Region {
  return {
    id: 'werra-meissner',
    name: 'Werra-Meißner-Kreis',
    names: {},
    bbox: [50.99, 9.62, 51.43, 10.24],
    boundaries: 'data/boundaries.geojson',
    boundaryCredit: '© GeoBasis-DE / BKG 2017 (Daten verändert)',
    municipalities: [
      town('06636003', 'Eschwege', 51.1839, 10.0533),
      town('06636004', 'Großalmerode', 51.2586, 9.7845),
      town('06636011', 'Sontra', 51.0717, 9.9356),
      town('06636016', 'Witzenhausen', 51.3334, 9.858),
    ],
    categories: [
      { id: 'arbeit', icon: 'briefcase', color: '#1a6b3c', label: localized('Arbeit', 'Робота', 'العمل', 'کار') },
      { id: 'gesundheit', icon: 'heart', color: '#a33', label: localized('Gesundheit', "Здоров'я", 'الصحة', 'صحت') },
    ],
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution: '© OpenStreetMap contributors',
    holidays: { country: 'de', state: 'Hessen' },
    freshness: { checkBeforeVisitAfterYears: 3 },
  };
}

/** An entry with only what the test gives; everything else empty. */
export function testEntry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id,
    category: 'arbeit',
    name: id,
    description: localized(''),
    scope: { kind: 'municipalities', ags: [] },
    phones: [],
    languages: [],
    barrierFree: 'unknown',
    keywords: [],
    sources: [],
    conflicts: [],
    ...fields,
  };
}
