/** Validation of one directory entry against the region it belongs to. */
import type { Address, Conflict, Entry, GeoPoint, Phone, Precision, Region, Scope, Source, TriState } from './types';
import {
  type At, type Obj, at, get, optional, readChoice, readList, readLocalized, readNumber, readObj, readPattern,
  readText, report, required, unknownFields,
} from './validate-core';
import {
  readAgs, readEmail, readId, readIsoDate, readPhone, readSourceDate, readUrl,
} from './validate-fields';
import { readOpeningHours } from './validate-hours';

/** What an entry is checked against: the region's categories, municipalities and bounding box. */
export interface EntryRules {
  readonly categories: ReadonlySet<string>;
  readonly municipalities: ReadonlySet<string>;
  /** [south, west, north, east] */
  readonly bbox: readonly [number, number, number, number];
  /** Where public holidays are counted, for checking opening hours with PH in them. */
  readonly holidays: Region['holidays'];
  /** German names of the region's municipalities: an address elsewhere needs `locatedElsewhere`. */
  readonly towns?: ReadonlySet<string>;
}

const ENTRY_FIELDS = [
  'id', 'category', 'rank', 'name', 'description', 'scope', 'address', 'location', 'phones', 'email', 'website',
  'openingHours', 'hoursNote', 'languages', 'barrierFree', 'bring', 'transit', 'keywords', 'sources',
  'checked', 'conflicts', 'locatedElsewhere',
];
const SHORT = { max: 200 };
const NOTE = { max: 1000, multiline: true };

function readScope(where: At, value: unknown, rules: EntryRules): Scope | undefined {
  const obj = readObj(where, value, 'ein Zuständigkeitsbereich (kind: national, state, district oder municipalities)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['kind', 'ags']);
  const kind = required(where, obj, 'kind', (w, v) => readChoice(w, v, ['national', 'state', 'district', 'municipalities'] as const));
  if (kind !== 'municipalities') return kind === undefined ? undefined : { kind };
  const list = required(where, obj, 'ags', (w, v) => readList(w, v, 100));
  if (!list) return undefined;
  if (list.length === 0) return void report(at(where, 'ags'), 'Bitte mindestens einen Gemeindeschlüssel angeben.');
  const ags: string[] = [];
  list.forEach((item, i) => {
    const key = readAgs(at(at(where, 'ags'), i), item);
    if (key === undefined) return;
    if (!rules.municipalities.has(key)) report(at(at(where, 'ags'), i), `Gemeindeschlüssel ${key} gehört zu keiner Gemeinde der Region.`);
    else if (ags.includes(key)) report(at(at(where, 'ags'), i), `Gemeindeschlüssel ${key} steht doppelt in der Liste.`);
    else ags.push(key);
  });
  return ags.length === list.length ? { kind, ags } : undefined;
}

function readAddress(where: At, value: unknown): Address | undefined {
  const obj = readObj(where, value, 'eine Adresse (street, postcode, town, note)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['street', 'postcode', 'town', 'note']);
  const street = optional(where, obj, 'street', (w, v) => readText(w, v, SHORT));
  // YAML reads an unquoted 37269 as a number; a five-digit number is unambiguous.
  const postcode = optional(where, obj, 'postcode', (w, v) =>
    readPattern(w, typeof v === 'number' && v >= 10000 && v <= 99999 ? String(v) : v, 5, /^\d{5}$/, 'eine Postleitzahl hat 5 Ziffern.'));
  const town = required(where, obj, 'town', (w, v) => readText(w, v, SHORT));
  const note = optional(where, obj, 'note', (w, v) => readText(w, v, NOTE));
  if (town === undefined) return undefined;
  return { ...(street !== undefined && { street }), ...(postcode !== undefined && { postcode }), town, ...(note !== undefined && { note }) };
}

function readLocation(where: At, value: unknown, rules: EntryRules, elsewhere: boolean): GeoPoint | undefined {
  const obj = readObj(where, value, 'ein Ort (lat, lon, precision, source)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['lat', 'lon', 'precision', 'source']);
  const [south, west, north, east] = rules.bbox;
  const lat = required(where, obj, 'lat', (w, v) => readNumber(w, v, -90, 90));
  const lon = required(where, obj, 'lon', (w, v) => readNumber(w, v, -180, 180));
  const precision = required(where, obj, 'precision', (w, v) => readChoice<Precision>(w, v, ['building', 'street', 'town']));
  const source = required(where, obj, 'source', (w, v) => readText(w, v, SHORT));
  if (lat === undefined || lon === undefined || precision === undefined || source === undefined) return undefined;
  if (!elsewhere && (lat < south || lat > north || lon < west || lon > east)) {
    return void report(where, `Der Ort ${lat}, ${lon} liegt außerhalb der Region. Breite (lat) und Länge (lon) vertauscht? Liegt die Stelle wirklich woanders, dann „locatedElsewhere: true“.`);
  }
  return { lat, lon, precision, source };
}

function readPhoneEntry(where: At, value: unknown): Phone | undefined {
  const obj = readObj(where, value, 'eine Telefonnummer (number, label, fax)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['number', 'label', 'fax']);
  const number = required(where, obj, 'number', readPhone);
  const label = optional(where, obj, 'label', (w, v) => readLocalized(w, v, { max: 100 }));
  const fax = optional(where, obj, 'fax', (w, v) => (typeof v === 'boolean' ? v : void report(w, 'Bitte true oder false.')));
  if (number === undefined) return undefined;
  return { number, ...(label !== undefined && { label }), ...(fax !== undefined && { fax }) };
}

function readSource(where: At, value: unknown): Source | undefined {
  const obj = readObj(where, value, 'eine Quelle (title, url, asOf)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['title', 'url', 'asOf']);
  const title = required(where, obj, 'title', (w, v) => readText(w, v, { max: 300 }));
  const url = optional(where, obj, 'url', readUrl);
  const asOf = required(where, obj, 'asOf', readSourceDate);
  if (title === undefined || asOf === undefined) return undefined;
  return { title, ...(url !== undefined && { url }), asOf };
}

function readConflict(where: At, value: unknown): Conflict | undefined {
  const obj = readObj(where, value, 'ein Widerspruch (field, note)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['field', 'note']);
  const field = required(where, obj, 'field', (w, v) => readText(w, v, { max: 100 }));
  const note = required(where, obj, 'note', (w, v) => readText(w, v, NOTE));
  return field === undefined || note === undefined ? undefined : { field, note };
}

/** Reads every item of a list; the result is undefined when the list or any item is wrong. */
function readEach<T>(where: At, value: unknown, max: number, read: (w: At, v: unknown) => T | undefined): T[] | undefined {
  const list = readList(where, value, max);
  if (!list) return undefined;
  const out: T[] = [];
  list.forEach((item, i) => {
    const read1 = read(at(where, i), item);
    if (read1 !== undefined) out.push(read1);
  });
  return out.length === list.length ? out : undefined;
}

/** Checks one entry; reports problems at `where` and returns the clean entry when it has no errors. */
export function readEntry(where: At, raw: unknown, rules: EntryRules): Entry | undefined {
  const obj = readObj(where, raw, 'ein Eintrag');
  if (!obj) return undefined;
  const errorsBefore = where.problems.errors;
  unknownFields(where, obj, ENTRY_FIELDS);
  const id = required(where, obj, 'id', readId);
  const category = required(where, obj, 'category', (w, v) => {
    const c = readId(w, v);
    return c === undefined || rules.categories.has(c) ? c : void report(w, `Die Kategorie "${c}" gibt es nicht. Bekannt sind: ${[...rules.categories].join(', ')}.`);
  });
  const rank = optional(where, obj, 'rank', (w, v) => {
    const n = readNumber(w, v, 1, 999);
    return n === undefined || Number.isInteger(n) ? n : void report(w, `Der Rang ${n} ist keine ganze Zahl (1, 2, 3 …).`);
  });
  const name = required(where, obj, 'name', (w, v) => readText(w, v, SHORT));
  const description = required(where, obj, 'description', (w, v) => readLocalized(w, v, { max: 2000, multiline: true }));
  const scope = required(where, obj, 'scope', (w, v) => readScope(w, v, rules));
  // An office outside the region that serves it (a centre in Kassel) says so; otherwise its address is a typo.
  const locatedElsewhere = optional(where, obj, 'locatedElsewhere', (w, v) => (typeof v === 'boolean' ? v : void report(w, 'Bitte true oder false.')));
  const address = optional(where, obj, 'address', readAddress);
  if (address && !locatedElsewhere && rules.towns && !rules.towns.has(address.town)) {
    report(at(at(where, 'address'), 'town'), `"${address.town}" ist keine Gemeinde der Region. Liegt die Stelle außerhalb und hilft hier, dann „locatedElsewhere: true“.`);
  }
  const location = optional(where, obj, 'location', (w, v) => readLocation(w, v, rules, locatedElsewhere === true));
  const phones = required(where, obj, 'phones', (w, v) => readEach(w, v, 20, readPhoneEntry));
  const email = optional(where, obj, 'email', readEmail);
  const website = optional(where, obj, 'website', readUrl);
  const [south, west, north, east] = rules.bbox;
  const near = location ?? { lat: (south + north) / 2, lon: (west + east) / 2 };
  const openingHours = optional(where, obj, 'openingHours', (w, v) => readOpeningHours(w, v, near, rules.holidays));
  const hoursNote = optional(where, obj, 'hoursNote', (w, v) => readLocalized(w, v, NOTE));
  const languages = required(where, obj, 'languages', (w, v) =>
    readEach(w, v, 40, (w1, v1) => readPattern(w1, v1, 10, /^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'ein Sprachkürzel wie "de", "uk", "ar" oder "fa-AF".')));
  const barrierFree = required(where, obj, 'barrierFree', (w, v) => readChoice<TriState>(w, v, ['yes', 'no', 'unknown']));
  const bring = optional(where, obj, 'bring', (w, v) => readLocalized(w, v, NOTE));
  const transit = optional(where, obj, 'transit', (w, v) => readLocalized(w, v, NOTE));
  const keywords = required(where, obj, 'keywords', (w, v) => readEach(w, v, 100, (w1, v1) => readText(w1, v1, { max: 100 })));
  const sources = required(where, obj, 'sources', (w, v) => readEach(w, v, 20, readSource));
  if (sources !== undefined && sources.length === 0) report(at(where, 'sources'), 'Mindestens eine Quelle mit Titel und Stand (asOf) ist nötig.');
  const checked = optional(where, obj, 'checked', readIsoDate);
  // A check date is a claim like any other fact: it needs a source of that date (a note, a call record).
  if (checked !== undefined && sources !== undefined && sources.length > 0 && !sources.some((s) => s.asOf === checked)) {
    report(at(where, 'checked'), `Geprüft am ${checked}, aber keine Quelle hat diesen Stand (asOf). Bitte die Prüfung als Quelle mit diesem Datum eintragen oder das Feld checked löschen.`);
  }
  const conflicts = required(where, obj, 'conflicts', (w, v) => readEach(w, v, 20, readConflict));
  if (where.problems.errors > errorsBefore) return undefined;
  // All required values are present here: any missing one was reported as an error above.
  return {
    id: id!, category: category!,
    ...(rank !== undefined && { rank }),
    name: name!, description: description!, scope: scope!,
    ...(address !== undefined && { address }),
    ...(location !== undefined && { location }),
    phones: phones!,
    ...(email !== undefined && { email }),
    ...(website !== undefined && { website }),
    ...(openingHours !== undefined && { openingHours }),
    ...(hoursNote !== undefined && { hoursNote }),
    languages: languages!, barrierFree: barrierFree!,
    ...(bring !== undefined && { bring }),
    ...(transit !== undefined && { transit }),
    keywords: keywords!, sources: sources!,
    ...(checked !== undefined && { checked }),
    conflicts: conflicts!,
    ...(locatedElsewhere === true && { locatedElsewhere }),
  };
}

/** The id to name an entry by in problems: its id when readable, else its position. */
export function entryLabel(raw: unknown, position: number): string {
  const id = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? get(raw as Obj, 'id') : undefined;
  return typeof id === 'string' && id.length <= 80 && /^[\x21-\x7e]+$/.test(id) ? id : `Eintrag Nr. ${position + 1}`;
}
