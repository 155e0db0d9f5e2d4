/**
 * Lookups in a sorted word list: exact, prefix and typo-tolerant. The sorted list is walked as an
 * implicit trie (neighbours share prefixes), so a typo search touches only the few prefixes that
 * stay within the allowed edits instead of every word.
 */

/** Index of the first word ≥ key (code-unit order, as Array.prototype.sort). */
export function lowerBound(sorted: readonly string[], key: string, lo = 0, hi = sorted.length): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((sorted[mid] ?? '') < key) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** [start, end) of the words that begin with prefix. */
export function prefixRange(sorted: readonly string[], prefix: string, from = 0): readonly [number, number] {
  const start = lowerBound(sorted, prefix, from);
  return [start, lowerBound(sorted, prefix + '\uffff', start)];
}

/** Position of word in the list, or -1. */
export function indexOf(sorted: readonly string[], word: string): number {
  const i = lowerBound(sorted, word);
  return sorted[i] === word ? i : -1;
}

/** Words [start, end) that match a query with this many edits; whole: the word itself, not only its start. */
export interface FuzzyHit {
  readonly start: number;
  readonly end: number;
  readonly edits: number;
  readonly whole: boolean;
}

/** Edit distance with adjacent transpositions (optimal string alignment), capped at max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[b.length] ?? 0, max + 1);
}

function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Words within maxEdits of query (whole hits) and, when prefixes is set, ranges of words whose
 * first query.length (±edits) letters are within maxEdits of the query, for search as you type.
 * Rows of the dynamic programme are kept per depth and reused across words sharing a prefix;
 * only the diagonal band |i - j| ≤ maxEdits is computed.
 */
export function fuzzyLookup(sorted: readonly string[], query: string, maxEdits: number, prefixes: boolean): FuzzyHit[] {
  const m = query.length;
  const k = maxEdits;
  const inf = k + 1;
  const rows: Int32Array[] = Array.from({ length: m + k + 2 }, () => new Int32Array(m + 1).fill(inf));
  const first = rows[0] as Int32Array;
  for (let j = 0; j <= Math.min(m, k); j++) first[j] = j;
  const hits: FuzzyHit[] = [];
  let prevWord = '';
  let valid = 0;
  let i = 0;
  while (i < sorted.length) {
    const word = sorted[i] ?? '';
    let d = commonPrefix(prevWord, word, Math.min(valid, word.length));
    let next = i + 1;
    while (d < word.length) {
      const up = rows[d] as Int32Array;
      const cur = rows[d + 1] as Int32Array;
      const up2 = d > 0 ? (rows[d - 1] as Int32Array) : undefined;
      const c = word[d];
      const lo = Math.max(0, d + 1 - k);
      const hi = Math.min(m, d + 1 + k);
      if (lo > 0) cur[lo - 1] = inf;
      if (hi < m) cur[hi + 1] = inf;
      let rowMin = inf;
      for (let j = lo; j <= hi; j++) {
        let v = j === 0 ? d + 1 : Math.min((up[j] ?? inf) + 1, (cur[j - 1] ?? inf) + 1, (up[j - 1] ?? inf) + (query[j - 1] === c ? 0 : 1));
        if (up2 && j > 1 && query[j - 2] === c && query[j - 1] === word[d - 1]) v = Math.min(v, (up2[j - 2] ?? inf) + 1);
        if (v > inf) v = inf;
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      d++;
      const atQuery = hi === m ? (cur[m] ?? inf) : inf;
      if (prefixes && d >= m && atQuery <= k) {
        next = prefixRange(sorted, word.slice(0, d), i)[1];
        hits.push({ start: i, end: next, edits: atQuery, whole: false });
        for (let w = i; w < next; w++) {
          const e = editDistance(query, sorted[w] ?? '', k);
          if (e <= k) hits.push({ start: w, end: w + 1, edits: e, whole: true });
        }
        break;
      }
      if (rowMin > k) {
        next = prefixRange(sorted, word.slice(0, d), i)[1];
        break;
      }
      if (d === word.length && atQuery <= k) hits.push({ start: i, end: i + 1, edits: atQuery, whole: true });
    }
    prevWord = word;
    valid = d;
    i = next;
  }
  return hits;
}
