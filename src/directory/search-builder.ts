/**
 * Collects the postings of the search index while the entries are read. Kept apart from the
 * index's shape because its only concern is build speed at 10,000 entries.
 */
import { stretches, wordForms, wordsOfStretch } from './normalize';

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
  pWord = new Int32Array(1 << 16);
  pEntry = new Int32Array(1 << 16);
  pWeight = new Uint8Array(1 << 16);
  size = 0;
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
        if ((this.pWeight[at] ?? 0) < weight) this.pWeight[at] = weight;
        continue;
      }
      if (this.size === this.pWord.length) this.grow();
      this.pWord[this.size] = id;
      this.pEntry[this.size] = entry;
      this.pWeight[this.size] = weight;
      this.lastEntry[id] = entry;
      this.lastAt[id] = this.size++;
    }
  }

  /**
   * Goes on with an entry whose postings from an earlier pass are [from, to): a word among them
   * keeps its posting there (and its stronger weight) instead of getting a second one.
   */
  continueEntry(entry: number, from: number, to: number): void {
    for (let p = from; p < to; p++) {
      const id = this.pWord[p] ?? 0;
      this.lastEntry[id] = entry;
      this.lastAt[id] = p;
    }
  }

  private grow(): void {
    const n = this.pWord.length * 2;
    const word = new Int32Array(n);
    const entry = new Int32Array(n);
    const weight = new Uint8Array(n);
    word.set(this.pWord);
    entry.set(this.pEntry);
    weight.set(this.pWeight);
    [this.pWord, this.pEntry, this.pWeight] = [word, entry, weight];
  }
}
