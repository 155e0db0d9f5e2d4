/**
 * Offline search as you type, in every language and script of the app. Every query word must
 * match something in an entry (AND); the score adds, per query word, the best field × match
 * factor, so an exact name or keyword beats a prefix, a prefix beats a description word, and a
 * description word beats a typo. Query words written apart may match one word ("Job Center").
 */
import { MAX_QUERY_CHARS, foldWord, words, wordForms } from './normalize';
import { matchWord, type WordMatches } from './search-match';
import { FIELD, type SearchIndex } from './search-index';

export { buildIndex, type SearchIndex } from './search-index';

/** One result: the entry id and its score (higher is better). */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** The entry's position in the entries the index was built from: a list finds it without a lookup by id. */
  readonly at: number;
}

/** Results returned when no limit is given. */
export const DEFAULT_LIMIT = 50;
// More words than this in a search box is pasted text, not a query.
const MAX_TERMS = 8;
/** Extra score when the query words stand together in the entry's name, and when they are all of it. */
export const PHRASE_BONUS = 5;

// Little words that need not match when other words do ("Beratung für Frauen").
const STOP = new Set(
  [
  'der', 'die', 'das', 'und', 'für', 'in', 'im', 'von', 'zu', 'mit', 'am', 'an', 'auf', 'bei',
  'в', 'у', 'на', 'и', 'та', 'з', 'до', 'для', 'по',
  'في', 'من', 'على', 'و', 'إلى', 'مع',
  'در', 'از', 'به', 'برای', 'با',
  ].map(foldWord),
);

interface Term {
  readonly forms: readonly string[];
  readonly optional: boolean;
}

function parse(query: string): Term[] {
  const ws = words(query.slice(0, MAX_QUERY_CHARS)).map(wordForms).filter((f) => f.length > 0);
  const kept = ws.slice(0, MAX_TERMS);
  const allStop = kept.every((f) => STOP.has(f[0] ?? ''));
  return kept.map((forms) => ({ forms, optional: !allStop && STOP.has(forms[0] ?? '') }));
}

/** Best score per entry for one set of matched words (0 = no match). */
function entryScores(index: SearchIndex, matches: WordMatches): Float32Array {
  const scores = new Float32Array(index.ids.length);
  let town = 0;
  for (const [w, factor] of matches) {
    if (index.townWord[w] === 1 && factor > town) town = factor;
    const end = index.postStart[w + 1] ?? 0;
    for (let p = index.postStart[w] ?? 0; p < end; p++) {
      const e = index.postEntry[p] ?? 0;
      const s = (index.postWeight[p] ?? 0) * factor;
      if (s > (scores[e] ?? 0)) scores[e] = s;
    }
  }
  if (town > 0) {
    const s = FIELD.servesWide * town;
    for (const e of index.wide) if (s > (scores[e] ?? 0)) scores[e] = s;
  }
  return scores;
}

// The query words, joined, start at a word boundary of entry e's name; all of it earns a second bonus.
function phraseBonus(index: SearchIndex, e: number, joined: string): number {
  const from = index.nameStart[e] ?? 0;
  const to = index.nameStart[e + 1] ?? 0;
  const word = (k: number) => index.words[index.nameWords[k] ?? 0] ?? '';
  for (let start = from; start < to; start++) {
    let s = '';
    let i = start;
    for (; i < to && s.length < joined.length; i++) s += word(i);
    if (s.startsWith(joined)) return start === from && s === joined && i === to ? 2 * PHRASE_BONUS : PHRASE_BONUS;
  }
  return 0;
}

// Best cover of the query words from position i on: each word alone, or two written as one.
// best is scratch space of terms.length + 2 cells, reused for every entry.
function cover(terms: readonly Term[], single: readonly Float32Array[], paired: readonly Float32Array[], e: number, best: Float64Array): number {
  const n = terms.length;
  best[n] = 0;
  best[n + 1] = -Infinity;
  for (let i = n - 1; i >= 0; i--) {
    const s = single[i]?.[e] ?? 0;
    let b = s > 0 ? s + (best[i + 1] ?? -Infinity) : -Infinity;
    const p = paired[i]?.[e] ?? 0;
    if (p > 0) b = Math.max(b, 2 * p + (best[i + 2] ?? -Infinity));
    if (terms[i]?.optional) b = Math.max(b, best[i + 1] ?? -Infinity);
    best[i] = b;
  }
  return best[0] ?? -Infinity;
}

/** Entries matching the query, best first; empty for an empty or unusable query. Never throws. */
export function search(index: SearchIndex, query: string, limit = DEFAULT_LIMIT): readonly SearchHit[] {
  const terms = parse(query);
  if (terms.length === 0 || limit <= 0) return [];
  const single = terms.map((t) => entryScores(index, matchWord(index, t.forms)));
  const paired = terms.slice(1).map((t, i) => {
    const joined = `${terms[i]?.forms[0] ?? ''}${t.forms[0] ?? ''}`;
    return entryScores(index, matchWord(index, wordForms(joined), false));
  });
  const joined = terms.map((t) => t.forms[0] ?? '').join('');
  const scores = new Float32Array(index.ids.length);
  const best = new Float64Array(terms.length + 2);
  const found: number[] = [];
  // The first query word is covered alone or with the second, unless it may be skipped.
  const s0 = single[0] ?? scores;
  const p0 = paired[0] ?? scores;
  const anyStart = terms[0]?.optional === true;
  for (let e = 0; e < index.ids.length; e++) {
    if (!anyStart && !((s0[e] ?? 0) > 0) && !((p0[e] ?? 0) > 0)) continue;
    const base = terms.length === 1 ? (s0[e] ?? 0) : cover(terms, single, paired, e, best);
    if (!(base > 0)) continue;
    const bonus = terms.length > 1 ? phraseBonus(index, e, joined) : 0;
    scores[e] = base + bonus;
    found.push(e);
  }
  return top(index, scores, found, limit);
}

function top(index: SearchIndex, scores: Float32Array, found: number[], limit: number): SearchHit[] {
  let pool = found;
  if (found.length > limit) {
    const sorted = Float32Array.from(found, (e) => scores[e] ?? 0).sort();
    const threshold = sorted[sorted.length - limit] ?? 0;
    pool = found.filter((e) => (scores[e] ?? 0) >= threshold);
  }
  const sorted = inOrder(index, scores, pool);
  const count = Math.min(sorted.length, limit);
  const hits: SearchHit[] = new Array<SearchHit>(count);
  for (let i = 0; i < count; i++) {
    const e = sorted[i] ?? 0;
    hits[i] = { id: index.ids[e] ?? '', score: scores[e] ?? 0, at: e };
  }
  return hits;
}

// Above this many hits the order is found by counting, not by comparing (a first letter matches
// thousands of entries at 10,000: sorting them with a comparator took most of the key).
const COUNTED_FROM = 512;
// Buckets (distinct scores × name lengths) beyond this are sorted by comparing after all.
const MAX_BUCKETS = 1 << 16;

/** The entries best first: higher score, then shorter name, then earlier in the data. */
function inOrder(index: SearchIndex, scores: Float32Array, pool: number[]): ArrayLike<number> {
  const len = index.nameLength;
  // pool is the search's own array: it may be put in order where it is.
  const byComparing = () => pool.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (len[a] ?? 0) - (len[b] ?? 0) || a - b);
  if (pool.length < COUNTED_FROM) return byComparing();
  // Few distinct scores (field weights times match kinds) and short names: one bucket per score
  // rank and name length, filled in pool order, which is the data's order (a stable counting sort).
  const seen = new Set<number>();
  let longest = 0;
  for (const e of pool) {
    seen.add(scores[e] ?? 0);
    longest = Math.max(longest, len[e] ?? 0);
  }
  const width = longest + 1;
  if (seen.size * width > MAX_BUCKETS) return byComparing();
  const rank = new Map<number, number>();
  Float64Array.from(seen)
    .sort()
    .reverse()
    .forEach((s, i) => rank.set(s, i));
  const bucket = new Int32Array(pool.length);
  const start = new Int32Array(seen.size * width + 1);
  for (let i = 0; i < pool.length; i++) {
    const e = pool[i] ?? 0;
    const b = (rank.get(scores[e] ?? 0) ?? 0) * width + (len[e] ?? 0);
    bucket[i] = b;
    start[b + 1] = (start[b + 1] ?? 0) + 1;
  }
  for (let b = 1; b < start.length; b++) start[b] = (start[b] ?? 0) + (start[b - 1] ?? 0);
  const out = new Int32Array(pool.length);
  for (let i = 0; i < pool.length; i++) {
    const b = bucket[i] ?? 0;
    out[start[b] ?? 0] = pool[i] ?? 0;
    start[b] = (start[b] ?? 0) + 1;
  }
  return out;
}

/** Hits split into those that matched a name, keyword, category or town, and the rest. */
export interface RankedHits {
  readonly strong: readonly SearchHit[];
  /** Matched only in descriptions, by a weak typo, or only as "serves every town": shown folded. */
  readonly weak: readonly SearchHit[];
}

/**
 * Splits hits at what descriptions alone can give: more than FIELD.description per required
 * query word needs a short field. A common word in nearly every description ("طوارئ" in 41 of
 * 52) then no longer floods the list. When nothing is strong, all hits stay in front: a typo
 * search ("Jobcetner") must still answer.
 */
export function rankHits(query: string, hits: readonly SearchHit[]): RankedHits {
  const required = Math.max(1, parse(query).filter((t) => !t.optional).length);
  const bar = FIELD.description * required;
  const strong = hits.filter((h) => h.score > bar);
  if (strong.length === 0) return { strong: hits, weak: [] };
  return { strong, weak: hits.filter((h) => h.score <= bar) };
}
