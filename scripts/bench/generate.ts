/**
 * Generated directory entries for benchmarks: German office names, descriptions in all four
 * languages and scripts, multi-script keywords, the district's towns. Deterministic by seed.
 * Never shipped: the ids start with "gen-" and there are no phones, hours or coordinates.
 */
import type { Entry, Localized, Region } from '../../src/directory/types';
import { COMPOUND_HEADS, COMPOUND_TAILS, OFFICES, PLACE_A, PLACE_B, PLACE_C, SENTENCES } from './generate-texts';

/** The district's municipalities: AGS, name, postcode of the town hall, GeoNames postal-code point. */
export const TOWNS: readonly { ags: string; name: string; postcode: string; lat: number; lon: number }[] = [
  { ags: '06636001', name: 'Bad Sooden-Allendorf', postcode: '37242', lat: 51.2709, lon: 9.9748 },
  { ags: '06636002', name: 'Berkatal', postcode: '37297', lat: 51.2333, lon: 9.9167 },
  { ags: '06636003', name: 'Eschwege', postcode: '37269', lat: 51.1839, lon: 10.0533 },
  { ags: '06636004', name: 'Großalmerode', postcode: '37247', lat: 51.2586, lon: 9.7845 },
  { ags: '06636005', name: 'Herleshausen', postcode: '37293', lat: 51.0063, lon: 10.1673 },
  { ags: '06636006', name: 'Hessisch Lichtenau', postcode: '37235', lat: 51.1995, lon: 9.7186 },
  { ags: '06636007', name: 'Meinhard', postcode: '37276', lat: 51.2167, lon: 10.0667 },
  { ags: '06636008', name: 'Meißner', postcode: '37290', lat: 51.2, lon: 9.9333 },
  { ags: '06636009', name: 'Neu-Eichenberg', postcode: '37249', lat: 51.3833, lon: 9.8833 },
  { ags: '06636010', name: 'Ringgau', postcode: '37296', lat: 51.0833, lon: 10.0667 },
  { ags: '06636011', name: 'Sontra', postcode: '36205', lat: 51.0717, lon: 9.9356 },
  { ags: '06636012', name: 'Waldkappel', postcode: '37284', lat: 51.1384, lon: 9.9432 },
  { ags: '06636013', name: 'Wanfried', postcode: '37281', lat: 51.1821, lon: 10.1728 },
  { ags: '06636014', name: 'Wehretal', postcode: '37287', lat: 51.15, lon: 10.0 },
  { ags: '06636015', name: 'Weißenborn', postcode: '37299', lat: 51.1251, lon: 10.116 },
  { ags: '06636016', name: 'Witzenhausen', postcode: '37213', lat: 51.3334, lon: 9.858 },
];

/** A region for running the benchmark without the data folder: the 16 towns, German names only. */
export function stubRegion(): Region {
  const label = (de: string, uk: string, ar: string, fa: string): Localized => ({ de, uk, ar, 'fa-AF': fa });
  return {
    id: 'werra-meissner',
    name: 'Werra-Meißner-Kreis',
    names: {},
    bbox: [50.95, 9.65, 51.4, 10.25],
    boundaries: 'data/boundaries.geojson',
    boundaryCredit: '© GeoBasis-DE / BKG 2017 (Daten verändert)',
    municipalities: TOWNS.map((t) => ({ ags: t.ags, name: t.name, names: {}, centre: { lat: t.lat, lon: t.lon }, townHall: `rathaus-${t.ags}` })),
    categories: [
      { id: 'arbeit', icon: 'briefcase', color: '#8a4b08', label: label('Arbeit', 'Робота', 'العمل', 'کار') },
      { id: 'gesundheit', icon: 'health', color: '#c62828', label: label('Gesundheit', "Здоров'я", 'الصحة', 'صحت') },
      { id: 'bildung', icon: 'book', color: '#6a1b9a', label: label('Bildung', 'Освіта', 'التعليم', 'تعلیم') },
      { id: 'beratung', icon: 'chat', color: '#00695c', label: label('Beratung', 'Консультації', 'الاستشارة', 'مشوره') },
      { id: 'alltag', icon: 'basket', color: '#7a5300', label: label('Alltag', 'Побут', 'الحياة اليومية', 'زندگی روزمره') },
      { id: 'wohnen', icon: 'house', color: '#2e6b30', label: label('Wohnen', 'Житло', 'السكن', 'خانه') },
      { id: 'rathaus', icon: 'townhall', color: '#37474f', label: label('Verwaltung', 'Адміністрація', 'الإدارة', 'اداره') },
      { id: 'aufenthalt', icon: 'passport', color: '#1d4e89', label: label('Aufenthalt', 'Перебування', 'الإقامة', 'اقامت') },
      { id: 'ehrenamt', icon: 'hands', color: '#ad1457', label: label('Ehrenamt', 'Волонтерство', 'التطوع', 'رضاکاری') },
    ],
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution: '© OpenStreetMap contributors',
    holidays: { country: 'de', state: 'Hessen' },
    freshness: { checkBeforeVisitAfterYears: 3 },
  };
}

// mulberry32: small, fast and the same on every machine.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n entries, the same for the same n and seed. */
export function generateEntries(n: number, seed: number): Entry[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sentences = (list: readonly string[]) => [pick(list), pick(list)].join(' ');
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const office = pick(OFFICES);
    const town = pick(TOWNS);
    const place = `${pick(PLACE_A)}${pick(PLACE_B)}${pick(PLACE_C)}`;
    const kind = rnd() < 0.7 ? office.de : `${pick(COMPOUND_HEADS)}${pick(COMPOUND_TAILS)}`;
    const district = rnd() < 0.3;
    out.push({
      id: `gen-${String(i).padStart(6, '0')}`,
      category: office.category,
      name: rnd() < 0.5 ? `${kind} ${town.name}` : `${kind} ${town.name}, ${place}`,
      description: {
        de: `${kind} in ${town.name}, ${place}. ${sentences(SENTENCES.de)}`,
        uk: `${office.uk} у місті ${town.name}. ${sentences(SENTENCES.uk)}`,
        ar: `${office.ar} في ${town.name}. ${sentences(SENTENCES.ar)}`,
        'fa-AF': `${office.fa} در ${town.name}. ${sentences(SENTENCES.fa)}`,
      },
      scope: district ? { kind: 'district' } : { kind: 'municipalities', ags: [town.ags] },
      address: { street: place, postcode: town.postcode, town: town.name },
      phones: [],
      languages: [],
      barrierFree: 'unknown',
      keywords: [office.de, office.uk, office.ar, office.fa, ...office.keywords],
      sources: [{ title: 'generated for the benchmark', asOf: '2025' }],
      conflicts: [],
    });
  }
  return out;
}
