/**
 * What the list shows, computed without the UI: search hits, filters and sort order combined into
 * rows, and the list's URL state. Pure functions, so they are tested without a browser.
 */
import { FILTER_PARAMS, entryFilter, filterEntries, reachOf, sortEntries, writeFilters, type FilterContext, type FilteredEntry, type Filters, type SortBy } from '../directory/filter';
import { distanceKm, type LatLon } from '../directory/geo';
import type { SearchHit } from '../directory/search';
import { perDirectory } from '../directory/per-directory';
import { inIdleSlices } from '../lib/next-task';
import type { Directory, Entry } from '../directory/types';

/** One row of the list: the entry, how far its responsibility reaches, and extras when known. */
export interface ListItem extends FilteredEntry {
  /** Search score; only when a query was typed. */
  readonly score?: number;
  /** Distance from the user's shared position, in km; only when both are known. */
  readonly km?: number;
}

/** Everything the list depends on besides the directory. */
export interface ListInput {
  /** Hits of the typed query, best first; undefined when nothing was typed (all entries). */
  readonly hits?: readonly SearchHit[];
  readonly filters: Filters;
  readonly ctx: FilterContext;
  readonly sort: SortBy;
  readonly position?: LatLon;
}

const REACH_ORDER = { local: 0, district: 1, state: 2, national: 3 } as const;

/** The directory's entries by id, built once per directory. */
export const entriesById = perDirectory((directory): ReadonlyMap<string, Entry> => new Map(directory.entries.map((e) => [e.id, e])));

/** The rows of the list, filtered and in the chosen order. */
export function listItems(directory: Directory, input: ListInput): readonly ListItem[] {
  const byId = entriesById(directory);
  const scores = new Map<string, number>();
  let base: readonly Entry[] = directory.entries;
  if (input.hits) {
    const found: Entry[] = [];
    for (const hit of input.hits) {
      const entry = byId.get(hit.id);
      if (!entry) continue;
      found.push(entry);
      scores.set(hit.id, hit.score);
    }
    base = found;
  }
  const position = input.position;
  const items: ListItem[] = filterEntries(base, input.filters, input.ctx).map((f) => {
    const score = scores.get(f.entry.id);
    const km = position && f.entry.location ? distanceKm(position, f.entry.location) : undefined;
    return score === undefined && km === undefined ? f : { ...f, ...(score !== undefined ? { score } : {}), ...(km !== undefined ? { km } : {}) };
  });
  if (input.sort !== 'relevance' || !input.hits) return sortEntries(items, input.sort, position);
  return items.sort(byRelevance);
}

// Same score: the office responsible for the user's own town comes before the wider ones.
// Then a rank set in the data: of the emergency lines that match equally, 112 comes first.
const rankOf = (i: ListItem) => i.entry.rank ?? Number.MAX_SAFE_INTEGER;
const byRelevance = (a: ListItem, b: ListItem) =>
  (b.score ?? 0) - (a.score ?? 0) || REACH_ORDER[a.reach] - REACH_ORDER[b.reach] || rankOf(a) - rankOf(b);

/** The first rows of a list, how many there are in all, and whether any of them has a place. */
export interface ListPage {
  readonly items: readonly ListItem[];
  readonly total: number;
  /** Some row, drawn or not, has a location (a place to go to). */
  readonly located: boolean;
}

/**
 * The first `limit` rows of listItems(directory, input), and the count of all. A search at
 * 10,000 entries finds thousands for its first letter, of which 20 are drawn: hits sorted by
 * relevance arrive best first, so only the rows up to the last one that ties with row `limit`
 * need the finer order (a stable sort of that prefix puts the same rows first as a sort of all).
 */
export function listPage(directory: Directory, input: ListInput, limit: number): ListPage {
  const hits = input.hits;
  if (!hits || input.sort !== 'relevance') {
    const all = listItems(directory, input);
    return { items: all.slice(0, limit), total: all.length, located: all.some((i) => i.entry.location) };
  }
  const { entries } = directory;
  const facts = factsOf(directory);
  const matches = entryFilter(input.filters, input.ctx);
  const everything = Object.values(input.filters).every((v) => v === undefined || v === false);
  // Positions and scores of the rows: thousands for a first letter at 10,000 entries, so the
  // entries' own objects are read only for the rows drawn (a position's facts are in arrays).
  const found: number[] = [];
  const scores: number[] = [];
  let located = false;
  for (const hit of hits) {
    // The entry at the hit's position, by id only if that is not it.
    const at = entries[hit.at]?.id === hit.id ? hit.at : positionOf(directory, facts, hit.id);
    if (at === undefined) continue;
    if (!everything && !matches(entries[at] as Entry)) continue;
    found.push(at);
    scores.push(hit.score);
    if (facts.located[at] === 1) located = true;
  }
  const position = input.position;
  const item = (i: number): ListItem => {
    const entry = entries[found[i] ?? 0] as Entry;
    const km = position && entry.location ? distanceKm(position, entry.location) : undefined;
    return { entry, reach: reachOf(entry), score: scores[i] ?? 0, ...(km !== undefined ? { km } : {}) };
  };
  const end = Math.min(limit, found.length);
  if (end === 0) return { items: [], total: found.length, located };
  // Rows before the last drawn row's score group keep their order up to byRelevance within equal
  // scores. Of that last group (at a first letter thousands of hits tie) only the best that still
  // fit are picked, in byRelevance's order (reach, rank, then the search's order), not all sorted.
  const last = scores[end - 1];
  let groupStart = end - 1;
  while (groupStart > 0 && scores[groupStart - 1] === last) groupStart--;
  let groupEnd = end;
  while (groupEnd < found.length && scores[groupEnd] === last) groupEnd++;
  const head: ListItem[] = [];
  for (let i = 0; i < groupStart; i++) head.push(item(i));
  head.sort(byRelevance);
  const picked = bestOf(facts, found, groupStart, groupEnd, end - groupStart);
  return { items: [...head, ...picked.map(item)], total: found.length, located };
}

/** Per entry position, what ordering and paging read: reach order, rank and whether it has a place. */
interface EntryFacts {
  readonly reach: Uint8Array;
  readonly rank: Float64Array;
  readonly located: Uint8Array;
  /** Position by id, made on the first hit whose position is not its entry's (hits of other data). */
  positions?: ReadonlyMap<string, number>;
}

/** Facts being made, the position up to which they are, and whether idle time was asked to make them. */
interface FactsMade {
  readonly facts: EntryFacts;
  next: number;
  ahead: boolean;
}

// Each directory's facts, begun in idle time (factsAhead) or at its first list, which finishes them.
const factsMade = perDirectory((directory): FactsMade => {
  const n = directory.entries.length;
  return { facts: { reach: new Uint8Array(n), rank: new Float64Array(n), located: new Uint8Array(n) }, next: 0, ahead: false };
});

/** Fills the facts of positions `made.next` up to `until`. */
function fillFacts(directory: Directory, made: FactsMade, until: number): void {
  const { entries } = directory;
  const { reach, rank, located } = made.facts;
  for (; made.next < until; made.next++) {
    const entry = entries[made.next] as Entry;
    reach[made.next] = REACH_ORDER[reachOf(entry)];
    rank[made.next] = entry.rank ?? Number.MAX_SAFE_INTEGER;
    located[made.next] = entry.location ? 1 : 0;
  }
}

/** The directory's facts, finished now where idle time left them unfinished. */
function factsOf(directory: Directory): EntryFacts {
  const made = factsMade(directory);
  fillFacts(directory, made, directory.entries.length);
  return made.facts;
}

// Entries read per idle step: a tenth of 10,000, whose facts took 20–35 ms at 4× CPU in one go.
const FACTS_PER_STEP = 1000;

/**
 * Makes the directory's facts for the list in idle time, before its first search: at 10,000
 * entries they took 20–35 ms at 4× CPU inside the render of the page's first search (a CPU
 * profile), where a second key typed meanwhile waited for them. Nothing without
 * requestIdleCallback, nothing once asked before, and nothing once made; a search that comes first
 * finishes them.
 */
export function factsAhead(directory: Directory): void {
  const made = factsMade(directory);
  if (made.ahead) return;
  made.ahead = true;
  const n = directory.entries.length;
  inIdleSlices(
    () => made.next < n,
    () => fillFacts(directory, made, Math.min(n, made.next + FACTS_PER_STEP)),
    2,
  );
}

function positionOf(directory: Directory, facts: EntryFacts, id: string): number | undefined {
  facts.positions ??= new Map(directory.entries.map((e, i) => [e.id, i]));
  return facts.positions.get(id);
}

// The finer order inside one score: reach, then rank, then the search's order (i, j index found).
function finer(facts: EntryFacts, found: readonly number[], i: number, j: number): number {
  const a = found[i] ?? 0;
  const b = found[j] ?? 0;
  return (facts.reach[a] ?? 0) - (facts.reach[b] ?? 0) || (facts.rank[a] ?? 0) - (facts.rank[b] ?? 0) || i - j;
}

/** Indexes into found of the `count` first of found[start, end) in finer order: one pass, a short sorted list kept. */
function bestOf(facts: EntryFacts, found: readonly number[], start: number, end: number, count: number): number[] {
  const kept: number[] = [];
  for (let i = start; i < end; i++) {
    if (kept.length === count && finer(facts, found, i, kept[count - 1] ?? i) >= 0) continue;
    let at = kept.length;
    while (at > 0 && finer(facts, found, i, kept[at - 1] ?? i) < 0) at--;
    kept.splice(at, 0, i);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** Sort orders that can stand in the URL. */
const SORTS: readonly SortBy[] = ['relevance', 'name', 'distance'];

/** The sort order from the URL's "sort" value; relevance for anything else. */
export function sortFromQuery(value: string | null): SortBy {
  return SORTS.find((s) => s === value) ?? 'relevance';
}

/** Longest query kept in the URL; the search itself never looks further (see normalize.ts). */
export const URL_QUERY_CHARS = 200;

/**
 * Cuts text to at most `max` UTF-16 units without splitting a surrogate pair, which would leave
 * a lone half that URL encoding rejects.
 */
export function clip(text: string, max = URL_QUERY_CHARS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The list's URL query: the typed text, the filters and the sort order (relevance is left out). */
export function listQuery(q: string, filters: Filters, sort: SortBy): URLSearchParams {
  const params = new URLSearchParams();
  const text = clip(q.trim());
  if (text) params.set('q', text);
  writeFilters(params, filters);
  if (sort !== 'relevance') params.set('sort', sort);
  return params;
}

/** Filter names, in the order the UI lists them. */
export type FilterName = keyof Filters;

/** The filters that are set, for "remove this filter" buttons. */
export function activeFilters(filters: Filters): readonly FilterName[] {
  return FILTER_PARAMS.map((f) => f.key).filter((name) => filters[name] !== undefined && filters[name] !== false);
}

/** The filters without one of them. */
export function withoutFilter(filters: Filters, name: FilterName): Filters {
  const rest: Record<string, unknown> = { ...filters };
  delete rest[name];
  return rest as Filters;
}

// German abbreviations whose full stop does not end a sentence ("z. B.", "Nr. 5").
const ABBREVIATIONS = new Set(['z', 'b', 'u', 'a', 'd', 'h', 'o', 'ca', 'nr', 'str', 'bzw', 'usw', 'ggf', 'evtl', 'inkl', 'tel', 'dr', 'st', 'vgl', 'etc']);
const END = /[.!?؟…](?=\s|$)/g;

/** The first sentence of a text, for the one line of description a row has room for. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  for (const m of trimmed.matchAll(END)) {
    const before = /([\p{L}\p{N}]+)$/u.exec(trimmed.slice(0, m.index))?.[1] ?? '';
    // "2. Stock" is an ordinal and "z. B." an abbreviation: neither ends the sentence. Ordinals
    // (days, floors) have one or two digits and a Latin word after them; "rufen Sie 112." ends one.
    const ordinal = /^\d{1,2}$/.test(before) && /^\s+[A-Za-zÄÖÜäöüß]/.test(trimmed.slice(m.index + 1));
    if (m[0] === '.' && (ordinal || ABBREVIATIONS.has(before.toLowerCase()))) continue;
    return trimmed.slice(0, m.index + m[0].length);
  }
  return trimmed;
}

/** The favourites as rows, in the stored order; ids the directory no longer has are skipped. */
export function favouriteItems(directory: Directory, ids: readonly string[]): readonly ListItem[] {
  const byId = entriesById(directory);
  const entries = ids.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
  return filterEntries(entries, {}, { now: new Date(0) });
}
