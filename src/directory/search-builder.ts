/**
 * Collects the postings of the search index while the entries are read. Kept apart from the
 * index's shape because its only concern is build speed at 10,000 entries.
 */
import { stretches, wordForms, wordsOfStretch } from './normalize';

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

// Word ids of the forms of the words in one stretch of text, and each word's plain form (and its id) for pairs and names.
interface StretchWords {
  readonly ids: readonly number[];
  readonly plain: readonly string[];
  readonly plainIds: readonly number[];
}

// A short field's text: the ids of its words' forms and of adjacent pairs, and of its plain words in order.
interface ShortText {
  readonly ids: readonly number[];
  readonly plain: readonly number[];
}

/**
 * Word ids and (word, entry, weight) postings. Postings are packed into typed arrays and
 * stretches of text are cached with their word ids: per-word arrays and repeated folding made
 * the build spend most of its time collecting garbage. (A hand-made hash table over the text,
 * to avoid the substrings, measured three times slower than Map.)
 */
export class IndexBuilder {
  /** Every word, by id (in order of first sight). */
  readonly text: string[] = [];
  /** 1 when the word occurs in a short field (name, keyword, category, town). */
  readonly short: number[] = [];
  /** Postings so far; posting p is (word(p), entry(p), weight(p)). */
  size = 0;
  // In blocks of BLOCK postings: at 10,000 entries a build holds some 1.3 million, and doubling
  // one array copied them all again each time (the last copy a task of 171 ms at 4× CPU, profiled).
  private readonly pWord: Int32Array[] = [];
  private readonly pEntry: Int32Array[] = [];
  private readonly pWeight: Uint8Array[] = [];
  // The blocks being filled (the last of each list).
  private words = new Int32Array(0);
  private entries = new Int32Array(0);
  private weights = new Uint8Array(0);
  private readonly ids = new Map<string, number>();
  private readonly lastEntry: number[] = [];
  private readonly lastAt: number[] = [];
  private readonly cache = new Map<string, StretchWords>();
  private readonly texts = new Map<string, ShortText>();

  /** The id of a word; created without postings when new. */
  wordId(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.text.length;
      this.ids.set(word, id);
      this.text.push(word);
      this.short.push(0);
      this.lastEntry.push(-1);
      this.lastAt.push(0);
    }
    return id;
  }

  private stretch(raw: string): StretchWords {
    let s = this.cache.get(raw);
    if (s === undefined) {
      const forms = wordsOfStretch(raw).map(wordForms).filter((f) => f.length > 0);
      const plain = forms.map((f) => f[0] ?? '');
      s = { ids: forms.flat().map((f) => this.wordId(f)), plain, plainIds: plain.map((p) => this.wordId(p)) };
      this.cache.set(raw, s);
    }
    return s;
  }

  /**
   * Ids of all forms of the words of a text; with joinPairs also of adjacent words written
   * together ("Job Center" → "jobcenter"), which only short fields need.
   */
  textIds(text: string, joinPairs: boolean): readonly number[] {
    if (joinPairs) return this.shortText(text).ids;
    const out: number[] = [];
    for (const raw of stretches(text)) for (const id of this.stretch(raw).ids) out.push(id);
    return out;
  }

  /** Ids of the plain folded words of a short text, in order (as foldedWords, but from the cache), added to `out`. */
  plainIds(text: string, out: number[]): void {
    for (const id of this.shortText(text).plain) out.push(id);
  }

  // Short fields repeat (the same keywords and towns across many entries): each text is split once.
  private shortText(text: string): ShortText {
    let known = this.texts.get(text);
    if (known) return known;
    const ids: number[] = [];
    const plain: number[] = [];
    let previous = '';
    for (const raw of stretches(text)) {
      const s = this.stretch(raw);
      for (const id of s.ids) ids.push(id);
      for (const id of s.plainIds) plain.push(id);
      for (const p of s.plain) {
        if (previous !== '') ids.push(this.wordId(previous + p));
        previous = p;
      }
    }
    known = { ids, plain };
    this.texts.set(text, known);
    return known;
  }

  /** Marks words as occurring in a short field without giving them postings (town names). */
  markShort(ids: readonly number[]): void {
    for (const id of ids) this.short[id] = 1;
  }

  /** Postings of these words for one entry; a word keeps its strongest field per entry. */
  add(ids: readonly number[], entry: number, weight: number, short: boolean): void {
    for (const id of ids) {
      if (short) this.short[id] = 1;
      if (this.lastEntry[id] === entry) {
        const at = this.lastAt[id] ?? 0;
        const block = this.pWeight[at >>> BLOCK_BITS];
        if (block && (block[at & MASK] ?? 0) < weight) block[at & MASK] = weight;
        continue;
      }
      const at = this.size & MASK;
      if (at === 0) this.newBlock();
      this.words[at] = id;
      this.entries[at] = entry;
      this.weights[at] = weight;
      this.lastEntry[id] = entry;
      this.lastAt[id] = this.size++;
    }
  }

  /** The word id of posting p (p < size). */
  word(p: number): number {
    return this.pWord[p >>> BLOCK_BITS]?.[p & MASK] ?? 0;
  }

  /** The entry of posting p. */
  entry(p: number): number {
    return this.pEntry[p >>> BLOCK_BITS]?.[p & MASK] ?? 0;
  }

  /** The weight of posting p: its word's strongest field in that entry. */
  weight(p: number): number {
    return this.pWeight[p >>> BLOCK_BITS]?.[p & MASK] ?? 0;
  }

  /**
   * Goes on with an entry whose postings from an earlier pass are [from, to): a word among them
   * keeps its posting there (and its stronger weight) instead of getting a second one.
   */
  continueEntry(entry: number, from: number, to: number): void {
    for (let p = from; p < to; p++) {
      const id = this.word(p);
      this.lastEntry[id] = entry;
      this.lastAt[id] = p;
    }
  }

  private newBlock(): void {
    this.pWord.push((this.words = new Int32Array(BLOCK)));
    this.pEntry.push((this.entries = new Int32Array(BLOCK)));
    this.pWeight.push((this.weights = new Uint8Array(BLOCK)));
  }
}
