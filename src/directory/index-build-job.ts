/**
 * What the index builder's worker does (search-index.worker.ts), apart from the worker so that
 * unit tests can run it: the page's own build (IndexPass, as indexSteps drives it), fed as the
 * entries arrive, since nothing else waits for this thread.
 *
 * The page sends the entries in two rounds: first the short fields of all (names, keywords, topic,
 * town, scope), as it reads them from the device where it can, so that this first pass runs while
 * the page still reads; then, once the early index built from them has come back, the
 * descriptions. The descriptions are four fifths of the text (16 of 20 MB at 10,000 entries): sent
 * first, their copy for the worker would hold up the early index and take the page's thread while
 * the list is drawn.
 */
import { runToEnd } from './steps';
import { IndexPass, type IndexedEntry, type SearchIndex } from './search-index';
import type { Localized, Region } from './types';

/** An entry as the first round sends it: what the index reads, without the description. */
export type ShortEntry = Omit<IndexedEntry, 'description'>;

/**
 * What the page sends, in this order: start; entries, in the data's order; `read` with how many
 * there are (the early index follows); then descriptions until all are there.
 */
export type IndexBuildMessage =
  | { readonly kind: 'start'; readonly region: Region }
  | { readonly kind: 'entries'; readonly from: number; readonly entries: readonly ShortEntry[] }
  | { readonly kind: 'read'; readonly count: number }
  | { readonly kind: 'descriptions'; readonly from: number; readonly descriptions: readonly Localized[] };

/**
 * What the worker answers: that it runs (once, before anything else, unasked), the early index,
 * then the complete one; or the name of the error that stopped it.
 */
export type IndexBuildReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'early'; readonly index: SearchIndex }
  | { readonly kind: 'complete'; readonly index: SearchIndex }
  | { readonly kind: 'failed'; readonly error: string };

/** The buffers of an index's typed arrays, each once (two arrays may share one), to move instead of copy. */
export function buffersOf(index: SearchIndex): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(index)) if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
  return [...buffers];
}

/** Builds one index from the page's messages; `send` posts a reply (with buffers to move). */
export class IndexBuildJob {
  private pass: IndexPass | undefined;
  private count = -1;
  private described = 0;
  private done = false;

  constructor(private readonly send: (reply: IndexBuildReply, transfer: ArrayBuffer[]) => void) {}

  receive(message: IndexBuildMessage): void {
    try {
      this.take(message);
    } catch (error) {
      this.done = true;
      this.send({ kind: 'failed', error: (error as { name?: string } | null)?.name ?? 'Error' }, []);
    }
  }

  private take(message: IndexBuildMessage): void {
    if (this.done) throw new Error(`a message (${message.kind}) after the index was complete or failed`);
    if (message.kind === 'start') {
      if (this.pass) throw new Error('a second start');
      this.pass = new IndexPass();
      runToEnd(this.pass.begin(message.region));
      return;
    }
    const pass = this.pass;
    if (!pass) throw new Error(`a message (${message.kind}) before the start`);
    if (message.kind === 'entries') {
      if (this.count >= 0) throw new Error('entries after the last was announced');
      // Out of order, the postings would point at the wrong entries.
      if (message.from !== pass.count) throw new RangeError(`entries from ${message.from}, expected from ${pass.count}`);
      for (const e of message.entries) pass.addShort(e);
    } else if (message.kind === 'read') {
      if (message.count !== pass.count) throw new RangeError(`${message.count} entries announced, ${pass.count} sent`);
      this.count = message.count;
      // Its buffers are its own (the complete index gets new ones): moved, not copied.
      const early = runToEnd(pass.early());
      this.send({ kind: 'early', index: early }, buffersOf(early));
    } else {
      if (this.count < 0) throw new Error('a description before the entries were all sent');
      message.descriptions.forEach((d, k) => pass.addDescription(message.from + k, d));
      this.described += message.descriptions.length;
    }
    if (this.count >= 0 && this.described >= this.count) {
      this.done = true;
      const complete = runToEnd(pass.complete());
      this.send({ kind: 'complete', index: complete }, buffersOf(complete));
    }
  }
}
