/**
 * The search index: an inverted index from folded words to entries, with a field weight per
 * posting, a sorted word list for prefix and typo lookups, and a sorted list of consonant
 * skeletons for matching across scripts. Built once from the directory, then only read.
 */
import { foldedWords, words, wordForms } from './normalize';
import { scriptOf, skeleton } from './transliterate';
import type { Entry, Region } from './types';

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

/** A municipality as the search knows it: its key and the words of its names in every script. */
export interface TownWords {
  readonly ags: string;
  readonly name: string;
  /** Positions in SearchIndex.words. */
  readonly words: readonly number[];
}

/** Read-only search structures; build with buildIndex, query with search() in search.ts. */
export interface SearchIndex {
  readonly ids: readonly string[];
  /** Folded words of each entry's name, for the phrase bonus and ties. */
  readonly names: readonly (readonly string[])[];
  /** Every indexed word form, sorted. */
  readonly words: readonly string[];
  /** Postings of word w are postEntry/postWeight[postStart[w] .. postStart[w + 1]). */
  readonly postStart: Uint32Array;
  readonly postEntry: Uint32Array;
  readonly postWeight: Uint8Array;
  /** Consonant skeletons of the Latin words in short fields (names, keywords, towns), sorted. */
  readonly skeletons: readonly string[];
  /** For each skeleton, the word it belongs to. */
  readonly skeletonWord: Uint32Array;
  readonly towns: readonly TownWords[];
}

class Builder {
  readonly ids = new Map<string, number>();
  readonly text: string[] = [];
  readonly entries: number[][] = [];
  readonly weights: number[][] = [];
  readonly short: boolean[] = [];
  private readonly forms = new Map<string, readonly string[]>();

  /** All forms of all words of a text and, for short fields, adjacent pairs written together ("Job Center" → "jobcenter"). */
  terms(text: string, joinPairs: boolean): string[] {
    const out: string[] = [];
    let previous = '';
    for (const w of words(text)) {
      let f = this.forms.get(w);
      if (f === undefined) {
        f = wordForms(w);
        this.forms.set(w, f);
      }
      out.push(...f);
      const plain = f[0] ?? '';
      if (joinPairs && previous !== '' && plain !== '') out.push(previous + plain);
      previous = plain;
    }
    return out;
  }

  /** The id of a word, created without postings when new. */
  word(word: string, short: boolean): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.text.length;
      this.ids.set(word, id);
      this.text.push(word);
      this.entries.push([]);
      this.weights.push([]);
      this.short.push(false);
    }
    if (short) this.short[id] = true;
    return id;
  }

  add(terms: readonly string[], entry: number, weight: number): void {
    for (const t of terms) {
      const id = this.word(t, weight !== FIELD.description);
      const es = this.entries[id] as number[];
      const ws = this.weights[id] as number[];
      const last = es.length - 1;
      if (es[last] === entry) {
        if ((ws[last] ?? 0) < weight) ws[last] = weight;
      } else {
        es.push(entry);
        ws.push(weight);
      }
    }
  }
}

/** Builds the search index over the entries, with category labels and towns from the region. */
export function buildIndex(entries: readonly Entry[], region: Region): SearchIndex {
  const b = new Builder();
  const labels = new Map(region.categories.map((c) => [c.id, Object.values(c.label).flatMap((l) => b.terms(l, false))]));
  // Each spelling of a town name separately, so pairs never join words of two spellings.
  const townTerms = region.municipalities.map((m) => [m.name, ...Object.values(m.names)].flatMap((n) => b.terms(n, true)));
  for (const terms of townTerms) for (const t of terms) b.word(t, true);
  const byAgs = new Map(region.municipalities.map((m, i) => [m.ags, townTerms[i] ?? []]));
  const everywhere = [...new Set(townTerms.flat())];
  entries.forEach((e, i) => {
    b.add(b.terms(e.name, true), i, FIELD.name);
    for (const k of e.keywords) b.add(b.terms(k, true), i, FIELD.keyword);
    b.add(labels.get(e.category) ?? [], i, FIELD.category);
    if (e.address) b.add(b.terms(`${e.address.town} ${e.address.postcode ?? ''}`, true), i, FIELD.town);
    if (e.scope.kind === 'municipalities') {
      for (const ags of e.scope.ags) b.add(byAgs.get(ags) ?? [], i, FIELD.serves);
    } else {
      b.add(everywhere, i, FIELD.servesWide);
    }
    for (const d of Object.values(e.description)) b.add(b.terms(d, false), i, FIELD.description);
  });
  return finish(b, entries, region, townTerms);
}

function finish(b: Builder, entries: readonly Entry[], region: Region, townTerms: readonly string[][]): SearchIndex {
  const order = b.text.map((_, i) => i).sort((x, y) => ((b.text[x] ?? '') < (b.text[y] ?? '') ? -1 : 1));
  const rank = new Uint32Array(order.length);
  order.forEach((id, pos) => (rank[id] = pos));
  const sortedWords = order.map((id) => b.text[id] ?? '');
  const postStart = new Uint32Array(order.length + 1);
  order.forEach((id, pos) => (postStart[pos + 1] = (postStart[pos] ?? 0) + (b.entries[id]?.length ?? 0)));
  const total = postStart[order.length] ?? 0;
  const postEntry = new Uint32Array(total);
  const postWeight = new Uint8Array(total);
  const skel: [string, number][] = [];
  order.forEach((id, pos) => {
    postEntry.set(b.entries[id] ?? [], postStart[pos]);
    postWeight.set(b.weights[id] ?? [], postStart[pos]);
    if (b.short[id] && scriptOf(sortedWords[pos] ?? '') === 'latin') {
      const s = skeleton(sortedWords[pos] ?? '');
      if (s.length >= 2) skel.push([s, pos]);
    }
  });
  skel.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  const towns = region.municipalities.map((m, i) => {
    const found = (townTerms[i] ?? []).map((t) => rank[b.ids.get(t) ?? 0] ?? 0);
    return { ags: m.ags, name: m.name, words: [...new Set(found)] };
  });
  return {
    ids: entries.map((e) => e.id),
    names: entries.map((e) => foldedWords(e.name)),
    words: sortedWords,
    postStart,
    postEntry,
    postWeight,
    skeletons: skel.map((s) => s[0]),
    skeletonWord: Uint32Array.from(skel.map((s) => s[1])),
    towns,
  };
}
