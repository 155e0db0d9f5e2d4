/** Validation of the region: its bounding box, municipalities, categories and map settings. */
import { LANGS, type Category, type Lang, type Municipality, type Region } from './types';
import {
  type At, at, readList, readLocalized, readNumber, readObj, readPattern, readText, report, optional, required,
  unknownFields,
} from './validate-core';
import { readAgs, readColor, readEmail, readId, readTileUrl } from './validate-fields';

const REGION_FIELDS = [
  'id', 'name', 'names', 'bbox', 'boundaries', 'boundaryCredit', 'municipalities', 'categories', 'tileUrl',
  'tileAttribution', 'holidays', 'freshness', 'feedbackEmail',
];

function readHolidays(where: At, value: unknown): Region['holidays'] | undefined {
  const obj = readObj(where, value, 'Land und Bundesland für die Feiertage, z. B. { country: de, state: Hessen }');
  if (!obj) return undefined;
  unknownFields(where, obj, ['country', 'state']);
  const country = required(where, obj, 'country', (w, v) => readPattern(w, v, 2, /^[a-z]{2}$/, 'ein Ländercode aus zwei kleinen Buchstaben, z. B. "de".'));
  const state = required(where, obj, 'state', (w, v) => readText(w, v, { max: 60 }));
  return country && state ? { country, state } : undefined;
}
const SHORT = { max: 200 };

// The age rule lives in the data so each region (and time) can set it; 1 to 20 years is sane.
function readFreshness(where: At, value: unknown): Region['freshness'] | undefined {
  const obj = readObj(where, value, 'die Altersregel für Quellen, z. B. { checkBeforeVisitAfterYears: 3 }');
  if (!obj) return undefined;
  unknownFields(where, obj, ['checkBeforeVisitAfterYears']);
  const years = required(where, obj, 'checkBeforeVisitAfterYears', (w, v) => {
    const n = readNumber(w, v, 1, 20);
    return n === undefined || Number.isInteger(n) ? n : void report(w, 'Bitte eine ganze Zahl von Jahren, z. B. 3.');
  });
  return years === undefined ? undefined : { checkBeforeVisitAfterYears: years };
}

/** Names in other scripts: any of the four languages, each a one-line text. */
function readNames(where: At, value: unknown): Readonly<Partial<Record<Lang, string>>> | undefined {
  const obj = readObj(where, value, 'Namen je Sprache (de, uk, ar, fa-AF)');
  if (!obj) return undefined;
  unknownFields(where, obj, LANGS);
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const name = optional(where, obj, lang, (w, v) => readText(w, v, SHORT));
    if (name !== undefined) out[lang] = name;
  }
  return out;
}

function readBbox(where: At, value: unknown): readonly [number, number, number, number] | undefined {
  const list = readList(where, value, 4);
  if (!list) return undefined;
  if (list.length !== 4) return void report(where, 'Bitte vier Zahlen: [Süd, West, Nord, Ost].');
  const [south, west, north, east] = list.map((v, i) => readNumber(at(where, i), v, i % 2 === 0 ? -90 : -180, i % 2 === 0 ? 90 : 180));
  if (south === undefined || west === undefined || north === undefined || east === undefined) return undefined;
  if (south >= north || west >= east) return void report(where, 'Reihenfolge falsch: [Süd, West, Nord, Ost], Süd kleiner als Nord, West kleiner als Ost.');
  return [south, west, north, east];
}

function readMunicipality(where: At, value: unknown, bbox?: readonly number[]): Municipality | undefined {
  const obj = readObj(where, value, 'eine Gemeinde (ags, name, names, centre, townHall)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['ags', 'name', 'names', 'centre', 'townHall']);
  const ags = required(where, obj, 'ags', readAgs);
  const name = required(where, obj, 'name', (w, v) => readText(w, v, SHORT));
  const names = optional(where, obj, 'names', readNames) ?? {};
  const centre = required(where, obj, 'centre', (w, v) => {
    const point = readObj(w, v, 'ein Punkt (lat, lon)');
    if (!point) return undefined;
    unknownFields(w, point, ['lat', 'lon']);
    const lat = required(w, point, 'lat', (w1, v1) => readNumber(w1, v1, bbox?.[0] ?? -90, bbox?.[2] ?? 90));
    const lon = required(w, point, 'lon', (w1, v1) => readNumber(w1, v1, bbox?.[1] ?? -180, bbox?.[3] ?? 180));
    return lat === undefined || lon === undefined ? undefined : { lat, lon };
  });
  const townHall = required(where, obj, 'townHall', readId);
  if (ags === undefined || name === undefined || centre === undefined || townHall === undefined) return undefined;
  return { ags, name, names, centre, townHall };
}

function readCategory(where: At, value: unknown): Category | undefined {
  const obj = readObj(where, value, 'eine Kategorie (id, icon, color, label, section)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['id', 'icon', 'color', 'label', 'section']);
  const id = required(where, obj, 'id', readId);
  const icon = required(where, obj, 'icon', (w, v) => readPattern(w, v, 60, /^[a-zA-Z0-9-]+$/, 'der Name eines Symbols, z. B. "briefcase".'));
  const color = required(where, obj, 'color', readColor);
  const label = required(where, obj, 'label', (w, v) => readLocalized(w, v, { max: 100 }));
  const section = optional(where, obj, 'section', (w, v) => readText(w, v, SHORT));
  if (id === undefined || icon === undefined || color === undefined || label === undefined) return undefined;
  return { id, icon, color, label, ...(section !== undefined && { section }) };
}

/** Reads a list whose items carry a unique key; duplicates are reported at the second one. */
function readKeyed<T>(where: At, value: unknown, read: (w: At, v: unknown) => T | undefined, key: (t: T) => string, what: string): T[] | undefined {
  const list = readList(where, value, 200);
  if (!list) return undefined;
  if (list.length === 0) return void report(where, `Die Liste ist leer: mindestens ${what} ist nötig.`);
  const seen = new Set<string>();
  const out: T[] = [];
  list.forEach((item, i) => {
    const read1 = read(at(where, i), item);
    if (read1 === undefined) return;
    if (seen.has(key(read1))) return report(at(where, i), `"${key(read1)}" steht doppelt. Jeder Schlüssel darf nur einmal vorkommen.`);
    seen.add(key(read1));
    out.push(read1);
  });
  return out.length === list.length ? out : undefined;
}

/** Checks the region; reports problems at `where` and returns the clean region when it has no errors. */
export function readRegion(where: At, raw: unknown): Region | undefined {
  const obj = readObj(where, raw, 'die Region (id, name, bbox, municipalities, categories, …)');
  if (!obj) return undefined;
  const errorsBefore = where.problems.errors;
  unknownFields(where, obj, REGION_FIELDS);
  const id = required(where, obj, 'id', readId);
  const name = required(where, obj, 'name', (w, v) => readText(w, v, SHORT));
  const names = optional(where, obj, 'names', readNames) ?? {};
  const bbox = required(where, obj, 'bbox', readBbox);
  const boundaries = required(where, obj, 'boundaries', (w, v) =>
    readPattern(w, v, 200, /^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9._/-]*$/, 'ein Pfad in der App, z. B. "data/boundaries.geojson".'));
  const boundaryCredit = required(where, obj, 'boundaryCredit', (w, v) => readText(w, v, { max: 300 }));
  const municipalities = required(where, obj, 'municipalities', (w, v) => readKeyed(w, v, (w1, v1) => readMunicipality(w1, v1, bbox), (m) => m.ags, 'eine Gemeinde'));
  const categories = required(where, obj, 'categories', (w, v) => readKeyed(w, v, readCategory, (c) => c.id, 'eine Kategorie'));
  const tileUrl = required(where, obj, 'tileUrl', readTileUrl);
  const tileAttribution = required(where, obj, 'tileAttribution', (w, v) => readText(w, v, { max: 300 }));
  const holidays = required(where, obj, 'holidays', readHolidays);
  const freshness = required(where, obj, 'freshness', readFreshness);
  const feedbackEmail = optional(where, obj, 'feedbackEmail', readEmail);
  if (where.problems.errors > errorsBefore) return undefined;
  return {
    id: id!, name: name!, names, bbox: bbox!, boundaries: boundaries!, boundaryCredit: boundaryCredit!,
    municipalities: municipalities!, categories: categories!, tileUrl: tileUrl!, tileAttribution: tileAttribution!,
    holidays: holidays!, freshness: freshness!,
    ...(feedbackEmail !== undefined && { feedbackEmail }),
  };
}
