/**
 * Filtering and sorting the directory's entries, and keeping the filters in the URL so a volunteer
 * can send a link to "job offices for Witzenhausen, Arabic spoken".
 */
import type { Entry } from './types';
import { distanceKm, type LatLon } from './geo';

/** What the user narrowed the list to. All parts are optional and combine with AND. */
export interface Filters {
  /** Category id, e.g. "arbeit". */
  readonly category?: string;
  /** Municipality (8-digit AGS): keep what is responsible for people living there. */
  readonly ags?: string;
  /** Only entries known to be open now. */
  readonly openNow?: boolean;
  /** A language spoken there (ISO 639-1, or an app language such as "fa-AF"). */
  readonly language?: string;
  /** Only entries known to be barrier-free. */
  readonly barrierFree?: boolean;
}

/** How far an entry's responsibility reaches; "local" is one or a few municipalities. */
export type Reach = 'local' | 'district' | 'state' | 'national';

/** An entry that passed the filters, with its reach so the UI can group or label it. */
export interface FilteredEntry {
  readonly entry: Entry;
  readonly reach: Reach;
}

/** What filtering needs besides the filters. */
export interface FilterContext {
  readonly now: Date;
  /**
   * Open at `now`? undefined when not known. Given by the caller so this module stays free of the
   * heavy opening-hours library (pass `(e, now) => isOpenNow(e.openingHours, now)` from hours.ts).
   */
  readonly isOpen?: (entry: Entry, now: Date) => boolean | undefined;
}

/** Sort orders of the list. */
export type SortBy = 'relevance' | 'name' | 'distance';

const REACH: Readonly<Record<Entry['scope']['kind'], Reach>> = {
  municipalities: 'local',
  district: 'district',
  state: 'state',
  national: 'national',
};

/** Language codes compare by their first part; Dari ("prs", "fa-AF") is listed as "fa" in the data. */
function baseLanguage(code: string): string {
  const base = code.toLowerCase().split('-')[0] ?? '';
  return base === 'prs' ? 'fa' : base;
}

function covers(entry: Entry, ags: string): boolean {
  return entry.scope.kind !== 'municipalities' || entry.scope.ags.includes(ags);
}

/**
 * A test for one entry against every given filter. Unknown never matches: "open now" keeps only
 * entries known open, "barrier-free" only those known barrier-free.
 */
export function entryFilter(filters: Filters, ctx: FilterContext): (entry: Entry) => boolean {
  const language = filters.language ? baseLanguage(filters.language) : undefined;
  return (entry) =>
    (filters.category === undefined || entry.category === filters.category) &&
    (filters.ags === undefined || covers(entry, filters.ags)) &&
    (!filters.barrierFree || entry.barrierFree === 'yes') &&
    (language === undefined || entry.languages.some((l) => baseLanguage(l) === language)) &&
    (!filters.openNow || ctx.isOpen?.(entry, ctx.now) === true);
}

/** How far an entry's responsibility reaches. */
export function reachOf(entry: Entry): Reach {
  return REACH[entry.scope.kind];
}

/** Keeps the entries that match every given filter (see entryFilter), in their original order. */
export function filterEntries(
  entries: readonly Entry[],
  filters: Filters,
  ctx: FilterContext,
): readonly FilteredEntry[] {
  const matches = entryFilter(filters, ctx);
  const result: FilteredEntry[] = [];
  for (const entry of entries) if (matches(entry)) result.push({ entry, reach: REACH[entry.scope.kind] });
  return result;
}

const REACH_ORDER: Readonly<Record<Reach, number>> = { local: 0, district: 1, state: 2, national: 3 };

let collator: Intl.Collator | undefined;

/** Names are German (as on the door), so they sort the German way: "Ämter" next to "Amt". */
function byName(a: FilteredEntry, b: FilteredEntry): number {
  collator ??= new Intl.Collator('de');
  return collator.compare(a.entry.name, b.entry.name) || collator.compare(a.entry.id, b.entry.id);
}

/**
 * A sorted copy. relevance: the nearest responsibility first (local, district, state, national),
 * inside each group ranked entries by rank, then the data's order. name: German collation. distance: nearest to
 * `position` first, entries without a location last; without a position it falls back to relevance.
 */
export function sortEntries<T extends FilteredEntry>(
  list: readonly T[],
  by: SortBy,
  position?: LatLon,
): readonly T[] {
  const copy = [...list];
  if (by === 'name') return copy.sort(byName);
  if (by === 'distance' && position) {
    const km = new Map(copy.map((f) => [f, f.entry.location ? distanceKm(position, f.entry.location) : Infinity]));
    return copy.sort((a, b) => {
      const da = km.get(a) ?? Infinity;
      const db = km.get(b) ?? Infinity;
      if (da === db) return byName(a, b);
      return da < db ? -1 : 1;
    });
  }
  // Inside a group a rank set in the data comes first (112 before the help lines), then the data's order.
  const rank = (f: FilteredEntry) => f.entry.rank ?? Number.MAX_SAFE_INTEGER;
  return copy.sort((a, b) => REACH_ORDER[a.reach] - REACH_ORDER[b.reach] || rank(a) - rank(b));
}

const CATEGORY = /^[a-z0-9][a-z0-9-]{0,63}$/;
const AGS = /^\d{8}$/;
const LANGUAGE = /^([a-z]{2,3})(?:-([a-z]{2}))?$/i;

/** "fa-af" → "fa-AF": one spelling per language, so links compare equal. */
function normalLanguage(raw: string | null): string | undefined {
  const m = raw === null ? null : LANGUAGE.exec(raw);
  if (!m?.[1]) return undefined;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}

/** A filter as the URL carries it: its field in Filters, its URL name, how a raw value is read and written. */
interface FilterParam {
  readonly key: keyof Filters;
  readonly param: string;
  /** The value, or undefined for anything malformed (dropped, never thrown). */
  parse(raw: string): string | true | undefined;
  /** The URL value, or undefined when the filter is off. */
  write(value: string | boolean): string | undefined;
}

const text = (valid: (raw: string) => string | undefined) => ({
  parse: valid,
  write: (value: string | boolean) => (typeof value === 'string' && value ? value : undefined),
});
const flag = { parse: (raw: string) => (raw === '1' ? (true as const) : undefined), write: (value: string | boolean) => (value === true ? '1' : undefined) };

/**
 * The one definition of the filters in the URL, in the order the UI lists them and the query shows
 * them. A new filter is one row here (plus its field in Filters and its labels).
 */
export const FILTER_PARAMS: readonly FilterParam[] = [
  { key: 'category', param: 'cat', ...text((raw) => (CATEGORY.test(raw) ? raw : undefined)) },
  { key: 'ags', param: 'ags', ...text((raw) => (AGS.test(raw) ? raw : undefined)) },
  { key: 'openNow', param: 'open', ...flag },
  { key: 'language', param: 'lang', ...text(normalLanguage) },
  { key: 'barrierFree', param: 'bf', ...flag },
];

/** Writes the filters that are set into `params`, in the table's order. */
export function writeFilters(params: URLSearchParams, filters: Filters): void {
  for (const { key, param, write } of FILTER_PARAMS) {
    const value = filters[key];
    const raw = value === undefined ? undefined : write(value);
    if (raw !== undefined) params.set(param, raw);
  }
}

/** The filters as a query string for the URL ("?cat=arbeit&ags=06636011&open=1&lang=ar&bf=1"); "" when none. */
export function filtersToQuery(filters: Filters): string {
  const params = new URLSearchParams();
  writeFilters(params, filters);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Filters read back from a query string, with or without "?" or a "#/route?" in front. Links are
 * typed, shortened and forwarded in chat apps, so anything malformed is dropped, never thrown.
 */
export function filtersFromQuery(search: string): Filters {
  const q = search.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? search.slice(q + 1) : search);
  const filters: Record<string, string | true> = {};
  for (const { key, param, parse } of FILTER_PARAMS) {
    const raw = params.get(param);
    const value = raw === null ? undefined : parse(raw);
    if (value !== undefined) filters[key] = value;
  }
  // Each row's parse gives its field's type (a text for text fields, true for flags).
  return filters as Filters;
}
