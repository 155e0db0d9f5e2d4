/**
 * What the index builder's worker does (search-index.worker.ts), apart from the worker so that
 * unit tests can run it: the same steps as on the page (indexSteps), run straight through, since
 * nothing waits for this thread.
 *
 * The page sends the entries in two rounds: first the short fields of all (names, keywords, topic,
 * town, scope), then, once the early index built from them has come back, the descriptions. The
 * descriptions are four fifths of the text (20 MB at 10,000 entries): sent first, their copy for
 * the worker would hold up the early index and take the page's thread while the list is drawn.
 */
import { indexSteps, type IndexedEntry, type SearchIndex } from './search-index';
import type { Localized, Region } from './types';

/** An entry as the first round sends it: what the index reads, without the description. */
export type ShortEntry = Omit<IndexedEntry, 'description'>;

/** What the page sends, in this order: start, entries until `count` arrived, then descriptions until `count` arrived. */
export type IndexBuildMessage =
  | { readonly kind: 'start'; readonly region: Region; readonly count: number }
  | { readonly kind: 'entries'; readonly from: number; readonly entries: readonly ShortEntry[] }
  | { readonly kind: 'descriptions'; readonly from: number; readonly descriptions: readonly Localized[] };

/** What the worker answers: the early index, then the complete one; or the name of the error that stopped it. */
export type IndexBuildReply =
  | { readonly kind: 'early'; readonly index: SearchIndex }
  | { readonly kind: 'complete'; readonly index: SearchIndex }
  | { readonly kind: 'failed'; readonly error: string };

/** A description not sent yet: the early index never reads one, and an empty text has no words. */
const NOT_YET: Localized = { de: '', uk: '', ar: '', 'fa-AF': '' };

/** The buffers of an index's typed arrays, each once (two arrays may share one), to move instead of copy. */
export function buffersOf(index: SearchIndex): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(index)) if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
  return [...buffers];
}

/** Builds one index from the page's messages; `send` posts a reply (with buffers to move). */
export class IndexBuildJob {
  private region: Region | undefined;
  private count = 0;
  private readonly entries: IndexedEntry[] = [];
  private received = 0;
  private described = 0;
  private steps: Generator<void, SearchIndex> | undefined;
  private done = false;

  constructor(private readonly send: (reply: IndexBuildReply, transfer: ArrayBuffer[]) => void) {}

  receive(message: IndexBuildMessage): void {
    try {
      this.take(message);
    } catch (error) {
      this.send({ kind: 'failed', error: (error as { name?: string } | null)?.name ?? 'Error' }, []);
    }
  }

  private take(message: IndexBuildMessage): void {
    if (this.done) throw new Error(`a message (${message.kind}) after the index was complete`);
    if (message.kind === 'start') {
      this.region = message.region;
      this.count = message.count;
    } else if (message.kind === 'entries') {
      message.entries.forEach((e, k) => (this.entries[message.from + k] = { ...e, description: NOT_YET }));
      this.received += message.entries.length;
    } else {
      message.descriptions.forEach((d, k) => {
        const e = this.entries[message.from + k];
        if (!e) throw new RangeError(`a description for entry ${message.from + k}, which was not sent`);
        this.entries[message.from + k] = { ...e, description: d };
      });
      this.described += message.descriptions.length;
    }
    if (!this.steps && this.region && this.received === this.count) this.buildEarly(this.region);
    if (this.steps && this.described === this.count) this.finish(this.steps);
  }

  /** Runs the steps until the early index is out; the rest waits for the descriptions. */
  private buildEarly(region: Region): void {
    let early: SearchIndex | undefined;
    const steps = indexSteps(this.entries, region, (index) => (early = index));
    this.steps = steps;
    while (!early) if (steps.next().done) throw new Error('the index build ended without an early index');
    // Copied, not moved: two of its arrays (the names' positions and lengths) are the complete index's too.
    this.send({ kind: 'early', index: early }, []);
  }

  private finish(steps: Generator<void, SearchIndex>): void {
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.done = true;
        this.send({ kind: 'complete', index: step.value }, buffersOf(step.value));
        return;
      }
    }
  }
}
