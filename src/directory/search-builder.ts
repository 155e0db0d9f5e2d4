/**
 * Collects the postings of the search index while the entries are read. Kept apart from the
 * index's shape because its only concern is build speed at 10,000 entries.
 */
import { stretches, wordForms, wordsOfStretch } from './normalize';

// Word ids of the forms of the words in one stretch of text, and each word's plain form for pairs.
interface StretchWords {
  readonly ids: readonly number[];
  readonly plain: readonly string[];
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
      s = { ids: forms.flat().map((f) => this.wordId(f)), plain: forms.map((f) => f[0] ?? '') };
      this.cache.set(raw, s);
    }
    return s;
  }

  /**
   * Ids of all forms of the words of a text; with joinPairs also of adjacent words written
   * together ("Job Center" → "jobcenter"), which only short fields need.
   */
  textIds(text: string, joinPairs: boolean): number[] {
    const out: number[] = [];
    let previous = '';
    for (const raw of stretches(text)) {
      const s = this.stretch(raw);
      for (const id of s.ids) out.push(id);
      if (!joinPairs) continue;
      for (const p of s.plain) {
        if (previous !== '') out.push(this.wordId(previous + p));
        previous = p;
      }
    }
    return out;
  }

  /** The plain folded words of a text, in order (as foldedWords, but from the cache). */
  plainWords(text: string): string[] {
    const out: string[] = [];
    for (const raw of stretches(text)) for (const p of this.stretch(raw).plain) out.push(p);
    return out;
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
