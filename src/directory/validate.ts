/**
 * Validates untrusted directory data: the YAML sources in the data check and build, and downloaded
 * updates in the app. No Node APIs here. It pulls in the opening_hours parser, so the app must import
 * this module lazily, never from its start-up code.
 */
import type { Checked, Problem } from './problems';
import type { Directory, Entry, Region } from './types';
import { type At, Problems, at, get, isObj, readList, readObj, report, required, unknownFields } from './validate-core';
import { type EntryRules, entryLabel, readEntry } from './validate-entry';
import { readDateTime, readIsoDate } from './validate-fields';
import { readRegion } from './validate-region';

/** The only format version this code understands. */
export const FORMAT = 1;
/** More entries than this is not a district directory but an attack or a broken file. */
export const MAX_ENTRIES = 20_000;
/**
 * Characters of JSON one entry may take on average in a downloaded file. A real entry takes about
 * 2,300 (the district's own: 2,261 on average; the benchmarks' generated ones 2,333); 4,000 leaves
 * room for longer descriptions and more sources without letting a file grow without bound.
 */
export const MAX_CHARS_PER_ENTRY = 4_000;
/** Characters for everything around the entries: the region (today about 6,000) and the head. */
const MAX_CHARS_REGION = 1_000_000;
/**
 * A downloaded file larger than this is refused before parsing. Derived from the entry cap, so
 * that the two agree: a file with MAX_ENTRIES entries of an ordinary size must pass this check
 * and be refused, if at all, by the entry cap or the validator, never by its size alone (the
 * earlier fixed 30 M characters refused directories of 13,000 real-sized entries).
 */
export const MAX_TEXT_LENGTH = MAX_ENTRIES * MAX_CHARS_PER_ENTRY + MAX_CHARS_REGION;

/** Where the parts of a directory came from, so problems can name the file to fix. */
export interface ValidateOptions {
  /** The file the whole directory came from (a download or a built file). */
  readonly file?: string;
  /** The file the region came from, when it was read separately (data/region.yaml). */
  readonly regionFile?: string;
  /** Per entry (same order as `entries`): its file and position in that file. */
  readonly entrySources?: readonly { readonly file: string; readonly position: number }[];
}

function result<T>(problems: Problems, value: T | undefined): Checked<T> {
  const list: readonly Problem[] = problems.list;
  return problems.errors === 0 && value !== undefined ? { ok: true, value, problems: list } : { ok: false, problems: list };
}

/** Runs a check and turns any unexpected exception into a problem: validation never throws. */
function guarded<T>(file: string | undefined, run: (problems: Problems) => T | undefined): Checked<T> {
  const problems = new Problems();
  try {
    return result(problems, run(problems));
  } catch (error) {
    report({ problems, path: '', ...(file !== undefined && { file }) }, `Die Daten konnten nicht geprüft werden (${String(error).slice(0, 200)}).`);
    return { ok: false, problems: problems.list };
  }
}

/** The rules entries are checked against, from a region that may itself be broken. */
function rulesOf(region: Region | undefined, raw: unknown): EntryRules {
  if (region) {
    return {
      categories: new Set(region.categories.map((c) => c.id)),
      municipalities: new Set(region.municipalities.map((m) => m.ags)),
      bbox: region.bbox,
      holidays: region.holidays,
      towns: new Set(region.municipalities.map((m) => m.name)),
    };
  }
  // With a broken region, still check entries against what can be read, to report more in one run.
  const obj = isObj(raw) ? raw : {};
  const ids = (key: string, field: string) =>
    new Set((Array.isArray(get(obj, key)) ? (get(obj, key) as unknown[]) : []).map((x) => (isObj(x) ? String(get(x, field)) : '')));
  const bbox = get(obj, 'bbox');
  const box = Array.isArray(bbox) && bbox.length === 4 && bbox.every((n) => typeof n === 'number') ? (bbox as [number, number, number, number]) : [-90, -180, 90, 180] as const;
  const h = get(obj, 'holidays');
  const holidays = isObj(h) && typeof get(h, 'country') === 'string' && typeof get(h, 'state') === 'string'
    ? { country: get(h, 'country') as string, state: get(h, 'state') as string }
    : { country: 'de', state: '' };
  return { categories: ids('categories', 'id'), municipalities: ids('municipalities', 'ags'), bbox: box, holidays };
}

function readEntries(root: At, value: unknown, rules: EntryRules, options: ValidateOptions): Entry[] | undefined {
  const list = readList(root, value, MAX_ENTRIES);
  if (!list) return undefined;
  const entries: Entry[] = [];
  const firstSeen = new Map<string, string>();
  const ranks = new Map<string, string>();
  for (let i = 0; i < list.length && !root.problems.full; i++) {
    const source = options.entrySources?.[i];
    const where: At = {
      problems: root.problems,
      ...(source ? { file: source.file } : options.file !== undefined ? { file: options.file } : {}),
      entry: entryLabel(list[i], source ? source.position : i),
      path: source ? '' : `entries.${i}`,
    };
    const entry = readEntry(where, list[i], rules);
    if (!entry) continue;
    const before = firstSeen.get(entry.id);
    if (before !== undefined) report(at(where, 'id'), `Die Kennung "${entry.id}" gibt es schon (${before}). Jede Kennung darf nur einmal vorkommen.`);
    else firstSeen.set(entry.id, source ? source.file : `entries.${i}`);
    // Two entries with one rank would leave their order to chance again.
    if (entry.rank !== undefined) {
      const key = `${entry.category} ${entry.rank}`;
      const holder = ranks.get(key);
      if (holder !== undefined) report(at(where, 'rank'), `Den Rang ${entry.rank} hat in der Kategorie "${entry.category}" schon "${holder}". Jeder Rang nur einmal je Kategorie.`);
      else ranks.set(key, entry.id);
    }
    entries.push(entry);
  }
  return entries;
}

/** Checks a whole directory (format 1); the value is a clean copy without unknown fields. */
export function validateDirectory(raw: unknown, options: ValidateOptions = {}): Checked<Directory> {
  return guarded(options.file, (problems) => {
    const root: At = { problems, path: '', ...(options.file !== undefined && { file: options.file }) };
    if (typeof raw === 'string') {
      return void report(root, 'Die Datei ist kein gültiges Verzeichnis: sie ist abgeschnitten oder beschädigt.');
    }
    const obj = readObj(root, raw, 'ein Verzeichnis (format, version, asOf, region, entries)');
    if (!obj) return undefined;
    const format = get(obj, 'format');
    if (format !== FORMAT) {
      const found = format === undefined ? 'keine Angabe' : typeof format === 'number' ? `Version ${format}` : 'kein gültiger Wert';
      return void report(at(root, 'format'), `Unbekanntes Datenformat (${found}). Diese App kennt nur Format ${FORMAT}. Bitte die App aktualisieren.`);
    }
    unknownFields(root, obj, ['format', 'version', 'asOf', 'region', 'entries']);
    const version = required(root, obj, 'version', readDateTime);
    const asOf = required(root, obj, 'asOf', readIsoDate);
    const regionAt: At = options.regionFile !== undefined ? { problems, file: options.regionFile, path: '' } : at(root, 'region');
    const rawRegion = get(obj, 'region');
    const region = rawRegion === undefined ? void report(regionAt, 'Die Region fehlt.') : readRegion(regionAt, rawRegion);
    const entries = required(root, obj, 'entries', (w, v) => readEntries(w, v, rulesOf(region, rawRegion), options));
    if (region && entries) checkTownHalls(regionAt, region, rawIds(get(obj, 'entries')));
    if (version === undefined || asOf === undefined || !region || !entries) return undefined;
    return { format: FORMAT, version, asOf, region, entries };
  });
}

/** The ids of all entries, also of those with errors, so an error is not reported twice. */
function rawIds(entries: unknown): ReadonlySet<unknown> {
  return new Set((Array.isArray(entries) ? entries : []).map((e) => (isObj(e) ? get(e, 'id') : undefined)));
}

/** Every municipality names its town hall entry; that entry must exist. */
function checkTownHalls(regionAt: At, region: Region, ids: ReadonlySet<unknown>): void {
  region.municipalities.forEach((m, i) => {
    if (!ids.has(m.townHall)) {
      report(at(at(at(regionAt, 'municipalities'), i), 'townHall'), `Zum Rathaus von ${m.name} gibt es keinen Eintrag mit der Kennung "${m.townHall}".`);
    }
  });
}

/** Checks one entry against a valid region (for editors and tests). */
export function validateEntry(raw: unknown, region: Region, file?: string): Checked<Entry> {
  return guarded(file, (problems) =>
    readEntry({ problems, path: '', entry: entryLabel(raw, 0), ...(file !== undefined && { file }) }, raw, rulesOf(region, undefined)));
}

/** Checks a region on its own. */
export function validateRegion(raw: unknown, file?: string): Checked<Region> {
  return guarded(file, (problems) => readRegion({ problems, path: '', ...(file !== undefined && { file }) }, raw));
}

/** Parses and checks a downloaded directory file; a truncated or garbled file becomes a problem. */
export function validateDirectoryText(text: string, options: ValidateOptions = {}): Checked<Directory> {
  const problems = new Problems();
  const root: At = { problems, path: '', ...(options.file !== undefined && { file: options.file }) };
  if (text.length > MAX_TEXT_LENGTH) {
    report(root, `Die Datei ist zu groß (${Math.round(text.length / 1e6)} MB). Sie wird nicht geladen.`);
    return { ok: false, problems: problems.list };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    report(root, 'Die Datei ist beschädigt oder unvollständig (kein gültiges JSON). Bitte später erneut laden.');
    return { ok: false, problems: problems.list };
  }
  return validateDirectory(raw, options);
}
