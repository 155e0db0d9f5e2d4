/**
 * The search index: an inverted index from folded words to entries, with a field weight per
 * posting, a sorted word list for prefix and typo lookups, and a sorted list of consonant
 * skeletons for matching across scripts. Built once from the directory, then only read.
 */
import { IndexBuilder } from './search-builder';
import { runToEnd } from './steps';
import { scriptOf, skeleton } from './transliterate';
import type { Entry, Localized, Region } from './types';

/** How much a match in each field counts; the strongest field of a word in an entry wins. */
export const FIELD = {
  name: 10,
  keyword: 9,
  category: 7,
  town: 6,
  serves: 5,
  description: 4,
  /** Entries for the whole district (or state, or country) serve every town, but weakly. */
  servesWide: 3,
} as const;

/** What the index reads of an entry (the builder's worker is sent no more than this). */
export type IndexedEntry = Pick<Entry, 'id' | 'name' | 'keywords' | 'category' | 'address' | 'scope' | 'description'>;

/** Read-only search structures; build with buildIndex, query with search() in search.ts. */
export interface SearchIndex {
  readonly ids: readonly string[];
  /**
   * The folded words of entry e's name, for the phrase bonus: words[nameWords[i]] for i from
   * nameStart[e] to nameStart[e + 1]. Positions, not strings: two typed arrays to store and read, not 10,000 arrays.
   */
  readonly nameStart: Uint32Array;
  readonly nameWords: Uint32Array;
  /** Letters in each entry's folded name: of two equal scores the shorter name comes first. */
  readonly nameLength: Uint16Array;
  /** Every indexed word form, sorted. */
  readonly words: readonly string[];
  /** 1 for words that occur in a short field (name, keyword, category, town), 0 for description-only words. */
  readonly shortWord: Uint8Array;
  /** Postings of word w are postEntry/postWeight[postStart[w] .. postStart[w + 1]). */
  readonly postStart: Uint32Array;
  /** 16 bits per posting while the entries' positions fit (the data allows 20,000 entries): half the bytes to store and read. */
  readonly postEntry: Uint16Array | Uint32Array;
  readonly postWeight: Uint8Array;
  /** Consonant skeletons of the Latin words in short fields (names, keywords, towns), sorted. */
  readonly skeletons: readonly string[];
  /** For each skeleton, the word it belongs to. */
  readonly skeletonWord: Uint32Array;
  /** 1 for words of a municipality's name: they also match every entry in `wide`. */
  readonly townWord: Uint8Array;
  /** Entries serving the whole district (or more): they serve every town, kept once here. */
  readonly wide: Uint32Array;
  /**
   * False for the early index of a build under way: names, keywords, topics and towns, no
   * descriptions yet. Only complete indexes are stored.
   */
  readonly complete: boolean;
}

/** Builds the search index over the entries, with category labels and towns from the region. */
export function buildIndex(entries: readonly IndexedEntry[], region: Region): SearchIndex {
  return runToEnd(indexSteps(entries, region));
}

// Postings sorted, and short words given a skeleton, between two pauses. A step must stay far
// below a long task (50 ms) at 4× CPU on a slow machine; in a profiled run there, 50,000 postings
// made tasks of 46–49 ms and 1,000 skeletons one of 121 ms; in Node, on a fresh process (code not
// yet optimised, as in the app's first build), 200 of the real directory's words took up to 11 ms.
// (Entries are read one per step: 76 real entries, texts in four languages, made one task of 204 ms.)
const POSTINGS_PER_STEP = 10_000;
const WORDS_PER_STEP = 50;

/**
 * The same build in small steps: the generator pauses after every entry (and every few
 * thousand postings), so a caller can give the main thread back between steps (slices.ts).
 * buildIndex runs it through at once.
 *
 * Names, keywords, topics and towns are read first for all entries, and an early index of them
 * goes to `early`: at 10,000 entries they are a fifth of the text, so the search answers from
 * them well before the descriptions are read (a first start on an old phone took about 2 s for
 * all). The complete index is the result.
 */
export function* indexSteps(entries: readonly IndexedEntry[], region: Region, early?: (index: SearchIndex) => void): Generator<void, SearchIndex> {
  const pass = new IndexPass();
  yield* pass.begin(region);
  for (const e of entries) {
    pass.addShort(e);
    yield;
  }
  if (early) {
    early(yield* pass.early());
    // A pause before the first description is read (the worker's job, index-build-job.ts, builds
    // the early index before it has any description).
    yield;
  }
  for (let i = 0; i < entries.length; i++) {
    pass.addDescription(i, entries[i]?.description ?? NO_DESCRIPTION);
    yield;
  }
  return yield* pass.complete();
}

const NO_DESCRIPTION: Localized = { de: '', uk: '', ar: '', 'fa-AF': '' };

/**
 * The build's state, fed in the order the index reads: the region, then the short fields of
 * every entry in the data's order, then (after the early index, if wanted) each entry's
 * description. indexSteps drives it on the page; the builder's worker feeds it as the entries
 * arrive (index-build-job.ts), so its first pass runs while the page still reads them.
 */
export class IndexPass {
  private readonly b = new IndexBuilder();
  private readonly labels = new Map<string, number[]>();
  // Each spelling of a town name separately, so pairs never join words of two spellings.
  private readonly townIds: number[][] = [];
  private byAgs = new Map<string, number[]>();
  private readonly wide: number[] = [];
  private readonly ids: string[] = [];
  // Where each entry's postings from the short fields start (the last one: where they end).
  private readonly shortFrom: number[] = [];
  private readonly names: Names = { start: [], ids: [], letters: [] };
  private shortDone = false;

  /** Entries whose short fields were added. */
  get count(): number {
    return this.ids.length;
  }

  /** The region's topic and town names, a pause after each. */
  *begin(region: Region): Generator<void> {
    // A pause after each topic's and each town's names too: read in the first step with the first
    // entry, with the code still cold, they made a task of 60-75 ms at 4× CPU (traced).
    for (const c of region.categories) {
      this.labels.set(c.id, Object.values(c.label).flatMap((l) => this.b.textIds(l, false)));
      yield;
    }
    for (const m of region.municipalities) {
      this.townIds.push([m.name, ...Object.values(m.names)].flatMap((n) => this.b.textIds(n, true)));
      yield;
    }
    for (const ids of this.townIds) this.b.markShort(ids);
    this.byAgs = new Map(region.municipalities.map((m, i) => [m.ags, this.townIds[i] ?? []]));
  }

  /** The next entry's names, keywords, topic and town. */
  addShort(e: Omit<IndexedEntry, 'description'>): void {
    if (this.shortDone) throw new Error('an entry after the early index');
    const { b, names } = this;
    const i = this.ids.length;
    this.ids.push(e.id);
    this.shortFrom.push(b.size);
    const first = names.ids.length;
    names.start.push(first);
    b.add(b.textIds(e.name, true), i, FIELD.name, true);
    b.plainIds(e.name, names.ids);
    let letters = 0;
    for (let k = first; k < names.ids.length; k++) letters += b.text[names.ids[k] ?? 0]?.length ?? 0;
    names.letters.push(Math.min(0xffff, letters));
    for (const k of e.keywords) b.add(b.textIds(k, true), i, FIELD.keyword, true);
    b.add(this.labels.get(e.category) ?? [], i, FIELD.category, true);
    if (e.address) b.add(b.textIds(`${e.address.town} ${e.address.postcode ?? ''}`, true), i, FIELD.town, true);
    if (e.scope.kind === 'municipalities') {
      for (const ags of e.scope.ags) b.add(this.byAgs.get(ags) ?? [], i, FIELD.serves, true);
    } else {
      this.wide.push(i);
    }
  }

  /** The index of the short fields of the entries added (no matching across scripts); no entry may follow. */
  *early(): Generator<void, SearchIndex> {
    this.endShort();
    return yield* this.finish(false);
  }

  /** The description of entry i (after all entries' short fields). */
  addDescription(i: number, description: Localized): void {
    this.endShort();
    if (i < 0 || i >= this.ids.length) throw new RangeError(`a description for entry ${i}, which was not added`);
    const { b, shortFrom } = this;
    // A word of the entry's short fields keeps that field's weight, not the description's.
    b.continueEntry(i, shortFrom[i] ?? 0, shortFrom[i + 1] ?? 0);
    for (const d of Object.values(description)) b.add(b.textIds(d, false), i, FIELD.description, false);
  }

  /** The complete index: short fields, descriptions and the matching across scripts. */
  *complete(): Generator<void, SearchIndex> {
    this.endShort();
    return yield* this.finish(true);
  }

  private endShort(): void {
    if (this.shortDone) return;
    this.shortDone = true;
    this.shortFrom.push(this.b.size);
    this.names.start.push(this.names.ids.length);
  }

  private *finish(complete: boolean): Generator<void, SearchIndex> {
    return yield* finish(this.b, this.ids, this.townIds, this.wide, this.names, complete);
  }
}

// The plain words of each entry's name, as builder ids: those of entry e are ids[start[e] .. start[e + 1]).
interface Names {
  readonly start: number[];
  readonly ids: number[];
  /** Letters in each entry's folded name (SearchIndex.nameLength). */
  readonly letters: number[];
}

function* finish(
  b: IndexBuilder,
  ids: readonly string[],
  townIds: readonly number[][],
  wide: readonly number[],
  names: Names,
  complete: boolean,
): Generator<void, SearchIndex> {
  // The default sort compares UTF-16 code units, as lowerBound does.
  const words = [...b.text].sort();
  // Sorting some 10,000 words takes a slice of its own on an old phone.
  yield;
  const order = words.map((w) => b.wordId(w));
  const rank = new Uint32Array(order.length);
  order.forEach((id, pos) => (rank[id] = pos));
  // Counting sort of the postings by word position. Within a word the entries come in the
  // order they were read: ascending from the short fields, then ascending from the descriptions.
  yield;
  const postStart = new Uint32Array(order.length + 1);
  for (let p = 0; p < b.size; p += POSTINGS_PER_STEP) {
    countPostings(b, rank, postStart, p, Math.min(b.size, p + POSTINGS_PER_STEP));
    yield;
  }
  for (let w = 0; w < order.length; w++) postStart[w + 1] = (postStart[w + 1] ?? 0) + (postStart[w] ?? 0);
  const fill = postStart.slice(0, order.length);
  const postEntry = ids.length <= 0x10000 ? new Uint16Array(b.size) : new Uint32Array(b.size);
  const postWeight = new Uint8Array(b.size);
  for (let p = 0; p < b.size; p += POSTINGS_PER_STEP) {
    placePostings(b, rank, fill, postEntry, postWeight, p, Math.min(b.size, p + POSTINGS_PER_STEP));
    yield;
  }
  const skel: [string, number][] = [];
  const shortWord = new Uint8Array(order.length);
  for (let pos = 0; pos < order.length; pos++) {
    if (pos % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    if (b.short[order[pos] ?? 0] !== 1) continue;
    shortWord[pos] = 1;
    // The early index leaves out the matching across scripts: a third of its build time.
    if (!complete || scriptOf(words[pos] ?? '') !== 'latin') continue;
    const s = skeleton(words[pos] ?? '');
    if (s.length >= 2) skel.push([s, pos]);
  }
  skel.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  const townWord = new Uint8Array(order.length);
  for (const ids of townIds) for (const id of ids) townWord[rank[id] ?? 0] = 1;
  yield;
  // Plain loops: Uint32Array.from with a mapping function was most of a 77 ms task at 10,000
  // entries, 4× CPU (a profiled run).
  const nameWords = new Uint32Array(names.ids.length);
  for (let k = 0; k < names.ids.length; k++) nameWords[k] = rank[names.ids[k] ?? 0] ?? 0;
  const skeletonWord = new Uint32Array(skel.length);
  for (let k = 0; k < skel.length; k++) skeletonWord[k] = skel[k]?.[1] ?? 0;
  yield;
  return {
    // Copies: the early and the complete index share none of their arrays, so either can be moved.
    ids: [...ids],
    nameStart: new Uint32Array(names.start),
    nameWords,
    nameLength: new Uint16Array(names.letters),
    words,
    shortWord,
    postStart,
    postEntry,
    postWeight,
    skeletons: skel.map((s) => s[0]),
    skeletonWord,
    townWord,
    // From an array, not through Uint32Array.from's iteration (slow in the same profile).
    wide: new Uint32Array(wide),
    complete,
  };
}

// The postings' loops as plain functions the generator calls: in a fresh Node process the early
// index of 10,000 generated entries took 17–21 ms so, and 25–30 ms with the loops in the generator.
function countPostings(b: IndexBuilder, rank: Uint32Array, postStart: Uint32Array, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    const w = (rank[b.word(p)] ?? 0) + 1;
    postStart[w] = (postStart[w] ?? 0) + 1;
  }
}

function placePostings(b: IndexBuilder, rank: Uint32Array, fill: Uint32Array, postEntry: Uint16Array | Uint32Array, postWeight: Uint8Array, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    const w = rank[b.word(p)] ?? 0;
    const at = fill[w] ?? 0;
    postEntry[at] = b.entry(p);
    postWeight[at] = b.weight(p);
    fill[w] = at + 1;
  }
}
