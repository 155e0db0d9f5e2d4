import { describe, expect, it } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { buffersOf, IndexBuildJob, type IndexBuildMessage, type IndexBuildReply } from './index-build-job';
import { indexSteps, type SearchIndex } from './search-index';
import { short } from './search-index-worker';
import { testRegion } from './search.samples';
import type { Entry } from './types';

const region = testRegion();
const entries: Entry[] = generateEntries(300, 11);

/** The early and the complete index of the page's own build (indexSteps run through). */
function onPage(list: readonly Entry[]): { early: SearchIndex | undefined; complete: SearchIndex } {
  let early: SearchIndex | undefined;
  const steps = indexSteps(list, region, (index) => (early = index));
  for (;;) {
    const step = steps.next();
    if (step.done) return { early, complete: step.value };
  }
}

/** A job whose replies are kept, each copied as postMessage would (structuredClone). */
function job(): { job: IndexBuildJob; replies: IndexBuildReply[]; transfers: ArrayBuffer[][] } {
  const replies: IndexBuildReply[] = [];
  const transfers: ArrayBuffer[][] = [];
  return {
    job: new IndexBuildJob((reply, transfer) => {
      replies.push(structuredClone(reply));
      transfers.push(transfer);
    }),
    replies,
    transfers,
  };
}

const start: IndexBuildMessage = { kind: 'start', region };
const pieces = <T,>(list: readonly T[], per: number) => Array.from({ length: Math.ceil(list.length / per) }, (_, k) => ({ from: k * per, items: list.slice(k * per, (k + 1) * per) }));

describe('the index built by the worker’s job', () => {
  it('answers the early index once all short fields are in and announced, before any description, and the complete index once all descriptions are in: both as the page builds them', () => {
    const { job: j, replies, transfers } = job();
    const page = onPage(entries);
    j.receive(start);
    const shorts = pieces(entries.map(short), 70);
    for (const [k, { from, items }] of shorts.entries()) {
      j.receive({ kind: 'entries', from, entries: items });
      expect(replies, `after piece ${k}`).toEqual([]);
    }
    j.receive({ kind: 'read', count: entries.length });
    expect(replies.map((r) => r.kind)).toEqual(['early']);
    expect(replies[0]).toEqual({ kind: 'early', index: page.early });
    const texts = pieces(
      entries.map((e) => e.description),
      40,
    );
    for (const { from, items } of texts) {
      expect(replies).toHaveLength(1);
      j.receive({ kind: 'descriptions', from, descriptions: items });
    }
    expect(replies.map((r) => r.kind)).toEqual(['early', 'complete']);
    expect(replies[1]).toEqual({ kind: 'complete', index: page.complete });
    // Every typed array's buffer of both indexes is moved, each once, and the two share none.
    for (const [k, index] of [page.early!, page.complete].entries()) {
      const views = Object.values(index).filter((v): v is Uint8Array => ArrayBuffer.isView(v));
      expect(views.length).toBeGreaterThan(5);
      expect(new Set(transfers[k]).size).toBe(transfers[k]?.length);
      expect(transfers[k]?.length).toBe(new Set(views.map((v) => v.buffer)).size);
    }
    expect(transfers[0]?.filter((b) => transfers[1]?.includes(b))).toEqual([]);
  });

  it('fails on entries out of order, or a count that is not the number sent', () => {
    const outOfOrder = job();
    outOfOrder.job.receive(start);
    outOfOrder.job.receive({ kind: 'entries', from: 0, entries: entries.slice(0, 2).map(short) });
    outOfOrder.job.receive({ kind: 'entries', from: 3, entries: entries.slice(3, 4).map(short) });
    expect(outOfOrder.replies).toEqual([{ kind: 'failed', error: 'RangeError' }]);
    const miscounted = job();
    miscounted.job.receive(start);
    miscounted.job.receive({ kind: 'entries', from: 0, entries: entries.slice(0, 2).map(short) });
    miscounted.job.receive({ kind: 'read', count: 3 });
    expect(miscounted.replies).toEqual([{ kind: 'failed', error: 'RangeError' }]);
    // Once failed, it builds nothing more.
    miscounted.job.receive({ kind: 'read', count: 2 });
    expect(miscounted.replies.map((r) => r.kind)).toEqual(['failed', 'failed']);
  });

  it('builds nothing from a description of an entry not sent, and says so', () => {
    const { job: j, replies } = job();
    j.receive(start);
    j.receive({ kind: 'entries', from: 0, entries: entries.slice(0, 2).map(short) });
    j.receive({ kind: 'read', count: 2 });
    j.receive({ kind: 'descriptions', from: 5, descriptions: [entries[0]!.description] });
    expect(replies.map((r) => r.kind)).toEqual(['early', 'failed']);
    expect(replies[1]).toEqual({ kind: 'failed', error: 'RangeError' });
  });

  it('answers both indexes at once for a directory without entries', () => {
    const { job: j, replies } = job();
    j.receive(start);
    j.receive({ kind: 'read', count: 0 });
    expect(replies.map((r) => r.kind)).toEqual(['early', 'complete']);
    expect(replies[1]).toEqual({ kind: 'complete', index: onPage([]).complete });
  });

  it('refuses a message after the complete index', () => {
    const { job: j, replies } = job();
    j.receive(start);
    j.receive({ kind: 'read', count: 0 });
    j.receive({ kind: 'entries', from: 0, entries: [short(entries[0]!)] });
    expect(replies.map((r) => r.kind)).toEqual(['early', 'complete', 'failed']);
  });
});

describe('buffersOf', () => {
  it('lists a buffer two arrays share once', () => {
    const shared = new ArrayBuffer(16);
    const index = { ...onPage(entries.slice(0, 3)).complete, nameStart: new Uint32Array(shared, 0, 2), nameWords: new Uint32Array(shared, 8, 2) };
    const buffers = buffersOf(index);
    expect(buffers.filter((b) => b === shared)).toHaveLength(1);
  });
});
