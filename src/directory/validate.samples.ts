/**
 * Valid sample data for the validator's tests, taken from the project's sourced facts
 * (Jobcenter and town halls as published; see the entries' sources).
 */
import type { Directory, Entry, Localized, Region } from './types';

/** A text in all four languages. */
export function text(de: string, uk: string, ar: string, fa: string): Localized {
  return { de, uk, ar, 'fa-AF': fa };
}

/** A small valid region: two municipalities, two categories. */
export function sampleRegion(): Region {
  return {
    id: 'werra-meissner',
    name: 'Werra-Meißner-Kreis',
    names: { uk: 'Верра-Майснер' },
    bbox: [50.99182, 9.62498, 51.42114, 10.236],
    boundaries: 'data/boundaries.geojson',
    boundaryCredit: '© GeoBasis-DE / BKG 2017 (Daten verändert)',
    municipalities: [
      { ags: '06636003', name: 'Eschwege', names: { uk: 'Ешвеґе' }, centre: { lat: 51.1839, lon: 10.0533 }, townHall: 'rathaus-eschwege' },
      { ags: '06636016', name: 'Witzenhausen', names: {}, centre: { lat: 51.3334, lon: 9.858 }, townHall: 'rathaus-witzenhausen' },
    ],
    categories: [
      { id: 'arbeit', icon: 'briefcase', color: '#1a6b3c', label: text('Arbeit', 'Робота', 'العمل', 'کار') },
      { id: 'verwaltung', icon: 'building', color: '#345', label: text('Verwaltung', 'Адміністрація', 'الإدارة', 'اداره'), section: 'Kontakte' },
    ],
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution: '© OpenStreetMap contributors',
    holidays: { country: 'de', state: 'Hessen' },
    freshness: { checkBeforeVisitAfterYears: 3 },
  };
}

/** A complete valid entry with every optional field set. */
export function sampleEntry(): Entry {
  return {
    id: 'jobcenter-eschwege',
    category: 'arbeit',
    name: 'Jobcenter Werra-Meißner, Eschwege',
    description: text(
      'Geld zum Leben und Hilfe bei der Arbeitssuche.',
      'Гроші на життя і допомога в пошуку роботи.',
      'مال للمعيشة ومساعدة في البحث عن عمل.',
      'پول برای زندگی و کمک برای پیدا کردن کار.',
    ),
    scope: { kind: 'district' },
    address: { street: 'Fuldaer Straße 6', postcode: '37269', town: 'Eschwege' },
    location: { lat: 51.1839, lon: 10.0533, precision: 'town', source: 'GeoNames postal code point' },
    phones: [
      { number: '05651 2283-0', label: text('Zentrale', 'Центральний', 'المركز', 'مرکز') },
      { number: '05651 2283-200', fax: true },
    ],
    email: 'Jobcenter-Werra-Meissner@jobcenter-ge.de',
    website: 'https://www.jobcenter-werra-meissner.de/',
    openingHours: 'Mo,Tu,Th 08:00-16:00; We,Fr 08:00-12:00',
    hoursNote: text('Termine nach Vereinbarung', 'Запис за домовленістю', 'المواعيد بالاتفاق', 'وقت ملاقات با هماهنگی'),
    languages: ['de'],
    barrierFree: 'unknown',
    bring: text('Ausweis', 'Посвідчення', 'الهوية', 'تذکره'),
    transit: text('Bus bis Eschwege', 'Автобус до Ешвеґе', 'الحافلة إلى إشفيغه', 'بس تا اشویگه'),
    keywords: ['job center', 'центр зайнятості'],
    sources: [
      { title: 'Jobcenter Werra-Meißner: Finanzielle Leistungen', url: 'https://www.jobcenter-werra-meissner.de/', asOf: '2022' },
      // The check is itself a source of its date, so the entry may carry it as `checked`.
      { title: 'Anruf beim Jobcenter: Adresse und Telefon bestätigt', asOf: '2025-03-03' },
    ],
    checked: '2025-03-03',
    conflicts: [{ field: 'openingHours', note: 'Die Seite ist älter als 2023.' }],
  };
}

/** A minimal valid entry: only the required fields. */
export function townHall(id: string, ags: string, name: string): Entry {
  return {
    id,
    category: 'verwaltung',
    name,
    description: text('Rathaus', 'Ратуша', 'البلدية', 'شاروالی'),
    scope: { kind: 'municipalities', ags: [ags] },
    phones: [],
    languages: [],
    barrierFree: 'unknown',
    keywords: [],
    sources: [{ title: 'Wikipedia', asOf: '2023' }],
    conflicts: [],
  };
}

/** A valid directory built from the samples above. */
export function sampleDirectory(): Directory {
  return {
    format: 1,
    version: '2025-03-03T00:00:00Z',
    asOf: '2025-03-03',
    region: sampleRegion(),
    entries: [
      sampleEntry(),
      townHall('rathaus-eschwege', '06636003', 'Rathaus Eschwege'),
      townHall('rathaus-witzenhausen', '06636016', 'Rathaus Witzenhausen'),
    ],
  };
}
