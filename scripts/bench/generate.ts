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

// Opening hours as real offices write them (OSM syntax), and none for about three in four entries,
// as in the real directory.
const HOURS = [
  'Mo-Fr 08:00-12:00; Th 14:00-18:00; PH off',
  'Mo,We,Th,Fr 08:00-12:00; Tu off; PH off',
  'Mo-Th 08:30-16:00; Fr 08:30-12:30; PH off',
  'Tu 14:00-17:00; Th 09:00-12:00',
  'Mo-Fr 09:00-12:00,13:00-15:30; PH off',
  'We 15:00-18:00',
  '24/7',
];

/** A note on the hours, about as long as real ones. */
const HOURS_NOTE: Localized = {
  de: 'Termine nach Vereinbarung, bitte vorher anrufen. In den Schulferien kürzere Zeiten.',
  uk: 'Прийом за попереднім записом, будь ласка, спершу зателефонуйте. Під час шкільних канікул години коротші.',
  ar: 'المواعيد بالاتفاق، من فضلك اتصل أولاً. في العطل المدرسية تكون الأوقات أقصر.',
  'fa-AF': 'ملاقات با وقت قبلی است، لطفاً اول زنگ بزنید. در رخصتی‌های مکتب وقت‌ها کوتاه‌تر است.',
};

const AREA_CODES = ['05651', '05542', '05652', '05653', '05657', '05602', '05658', '05654'];

/**
 * n entries, the same for the same n and seed. As heavy as real ones: the fields and their
 * lengths follow the real directory (descriptions of four to five sentences per language,
 * phones, sources with addresses, keywords in four scripts, location, hours for some), so a
 * benchmark reads, stores and draws what a real directory of that size would give it.
 */
export function generateEntries(n: number, seed: number): Entry[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sentences = (list: readonly string[], k: number) => Array.from({ length: k }, () => pick(list)).join(' ');
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(rnd() * 10)).join('');
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const office = pick(OFFICES);
    const town = pick(TOWNS);
    const place = `${pick(PLACE_A)}${pick(PLACE_B)}${pick(PLACE_C)}`;
    const kind = rnd() < 0.7 ? office.de : `${pick(COMPOUND_HEADS)}${pick(COMPOUND_TAILS)}`;
    const district = rnd() < 0.3;
    const k = 4 + Math.floor(rnd() * 2);
    const slug = `${kind}-${town.name}`.toLowerCase().replace(/[^a-z]+/g, '-');
    const hours = rnd() < 0.3 ? pick(HOURS) : undefined;
    const located = rnd() < 0.6;
    const exact = rnd() < 0.5;
    const area = pick(AREA_CODES);
    out.push({
      id: `gen-${String(i).padStart(6, '0')}`,
      category: office.category,
      name: rnd() < 0.5 ? `${kind} ${town.name}` : `${kind} ${town.name}, ${place}`,
      description: {
        de: `${kind} in ${town.name}, ${place}. ${sentences(SENTENCES.de, k)}`,
        uk: `${office.uk} (${kind}) у місті ${town.name}. ${sentences(SENTENCES.uk, k)}`,
        ar: `${office.ar} (${kind}) في ${town.name}. ${sentences(SENTENCES.ar, k)}`,
        'fa-AF': `${office.fa} (${kind}) در ${town.name}. ${sentences(SENTENCES.fa, k)}`,
      },
      scope: district ? { kind: 'district' } : { kind: 'municipalities', ags: [town.ags] },
      address: {
        street: `${place} ${1 + Math.floor(rnd() * 60)}`,
        postcode: town.postcode,
        town: town.name,
        ...(rnd() < 0.4 ? { note: `Eingang ${pick(PLACE_A)}${pick(PLACE_B)}weg, ${pick(['Erdgeschoss', '1. Stock', '2. Stock'])}` } : {}),
      },
      ...(located
        ? {
            location: {
              lat: Math.round((town.lat + (rnd() - 0.5) * 0.02) * 1e5) / 1e5,
              lon: Math.round((town.lon + (rnd() - 0.5) * 0.02) * 1e5) / 1e5,
              precision: exact ? ('building' as const) : ('town' as const),
              source: exact ? `OpenStreetMap, Gebäude ${place} (ODbL)` : `GeoNames-Postleitzahlpunkt ${town.name} (CC-BY 4.0, GeoNames)`,
            },
          }
        : {}),
      phones: Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, p) => ({
        number: `${area} ${digits(3)}-${digits(2)}`,
        ...(p > 0 ? { label: { de: 'Beratung', uk: 'Консультація', ar: 'الاستشارة', 'fa-AF': 'مشوره' } } : {}),
      })),
      ...(rnd() < 0.5 ? { website: `https://www.${slug.replace(/^-|-$/g, '')}.de/angebote/${place.toLowerCase().replace(/[^a-z]+/g, '')}` } : {}),
      ...(rnd() < 0.3 ? { email: `info@${slug.replace(/^-|-$/g, '')}.de` } : {}),
      ...(hours ? { openingHours: hours } : {}),
      ...(rnd() < 0.5 ? { hoursNote: HOURS_NOTE } : {}),
      languages: rnd() < 0.3 ? ['de', pick(['en', 'ar', 'uk', 'ru', 'fa'])] : [],
      barrierFree: pick(['yes', 'no', 'unknown'] as const),
      keywords: [office.de, office.uk, office.ar, office.fa, ...office.keywords, kind, town.name, place, `${pick(COMPOUND_HEADS)}${pick(COMPOUND_TAILS)}`],
      sources: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
        title: `Landkreis Werra-Meißner: ${kind} ${town.name}, ${pick(['Adressen und Öffnungszeiten', 'Beratungsangebote im Überblick', 'Pressemitteilung zum neuen Standort', 'Wegweiser für Neuzugewanderte'])}`,
        url: `https://www.werra-meissner-kreis.de/${pick(['leben', 'buergerservice', 'integration'])}/${slug.replace(/^-|-$/g, '')}-${digits(4)}`,
        asOf: `20${20 + Math.floor(rnd() * 6)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`,
      })),
      conflicts: [],
    });
  }
  return out;
}
