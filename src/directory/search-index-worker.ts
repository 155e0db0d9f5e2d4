/**
 * The search index built in a worker (search-index.worker.ts): the page only sends what the index
 * reads and takes back the early and the complete index (their typed arrays' buffers moved, not
 * copied). The short fields can be sent while the entries are still being read from the device
 * (`add`, a chunk at a time), so that the worker's first pass runs beside the read.
 */
import { nextTask } from '../lib/next-task';
import { startWorker } from '../lib/start-worker';
import type { IndexBuildMessage, IndexBuildReply, ShortEntry } from './index-build-job';
import type { IndexedEntry, SearchIndex } from './search-index';
import type { Region } from './types';

/**
 * Entries per message. The copy for the worker is made on the page: in Node, short fields of
 * 10,000 generated entries (3.9 MB) took 36 ms to serialise and their descriptions (16 MB) some
 * 65–95 ms, so at 4× CPU 500 short entries or 100 descriptions are a task of some 6–8 ms.
 */
export const SHORT_PER_MESSAGE = 500;
const DESCRIPTIONS_PER_MESSAGE = 100;

/** The worker's failure, with the error name it reported; the caller then builds on the page. */
export class IndexBuildError extends Error {
  constructor(readonly reason: string) {
    super(`search index not built in a worker: ${reason}`);
    this.name = reason;
  }
}

/** What the index reads of an entry apart from its description: the first round's message. */
export const short = ({ id, name, keywords, category, address, scope }: ShortEntry): ShortEntry => ({ id, name, keywords, category, address, scope });

/**
 * Posts `count` items in messages of `per` (`post(from, to)`), each in a task of its own that
 * queues behind those already waiting (a screen's code arriving, its render); stops once `ended`.
 */
async function sendInPieces(count: number, per: number, post: (from: number, to: number) => void, ended: () => boolean): Promise<void> {
  for (let from = 0; from < count; from += per) {
    await nextTask();
    if (ended()) return;
    post(from, Math.min(count, from + per));
  }
}

/** A build under way in a worker, fed with the region, then the entries in the data's order. */
export interface WorkerBuild {
  /** Sends the region (its topics and towns are read first), once, before any entry; startWorkerBuild(region) does it at once. */
  begin(region: Region): void;
  /** Sends the short fields of the next entries (at most SHORT_PER_MESSAGE make one task's copy); begin first. */
  add(entries: readonly IndexedEntry[]): void;
  /** True when `entries` are exactly the entries added, in order (the same objects). */
  builds(entries: readonly IndexedEntry[]): boolean;
  /**
   * Ends the first round: the entries added must be `entries` (else it rejects). `early` hears the
   * early index. Rejects when the worker could not start or failed, or the build was cancelled:
   * the caller then builds on the page.
   */
  finish(entries: readonly IndexedEntry[], early: (index: SearchIndex) => void): Promise<SearchIndex>;
  /** True once the worker has ended: failed, cancelled, or done. */
  readonly over: boolean;
  /** Resolves once the worker said it runs (what is sent from then on reaches it soon), or has ended; never rejects. */
  readonly running: Promise<void>;
  /** Ends the worker: its index is not needed (one was stored after all, say). */
  cancel(): void;
}

/**
 * Starts a worker for the index over a region's topics and towns (given now, or later with
 * `begin`) and the entries to come. Ask for it as soon as a build is known to be needed, and read
 * the entries only once it is `running`. Two pieces of news come to the page through its queue of
 * tasks, behind whatever is queued there before them: the browser's (the worker's file is there:
 * its thread starts) and the worker's (its script ran: only then does the page pass its messages
 * on). At 10,000 entries,
 * asked for at the first chunk of the read, it came behind the other chunks' results, and its
 * thread started once the read was over (traced: 450–500 ms later at 4× CPU, 210 ms at full
 * speed); asked for before the read, its thread started at once, but its first message came
 * anywhere from early in the read to just after its last chunk (three traces).
 */
export function startWorkerBuild(region?: Region): WorkerBuild {
  const added: (readonly IndexedEntry[])[] = [];
  let count = 0;
  let begun = false;
  let ended = false;
  let hearEarly: ((index: SearchIndex) => void) | undefined;
  let sent: readonly IndexedEntry[] = [];
  let settle!: { resolve: (index: SearchIndex) => void; reject: (error: Error) => void };
  let ran!: () => void;
  const running = new Promise<void>((resolve) => (ran = resolve));
  const done = new Promise<SearchIndex>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may finish a cancelled build.
  done.catch(() => undefined);
  const end = (index: SearchIndex | undefined, error?: Error) => {
    if (ended) return;
    ended = true;
    ran();
    worker?.terminate();
    if (index) settle.resolve(index);
    else settle.reject(error ?? new IndexBuildError('Error'));
  };
  const failed = (reason: unknown) => end(undefined, typeof reason === 'string' ? new IndexBuildError(reason) : (reason as Error));
  const worker = startWorker(() => new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module', name: 'search-index' }), failed);
  const post = (message: IndexBuildMessage) => {
    if (ended || !worker) return;
    try {
      worker.postMessage(message);
    } catch (error) {
      // A piece that cannot be copied (DataCloneError): the page builds.
      failed(error);
    }
  };
  const sendDescriptions = (from: number, to: number) => post({ kind: 'descriptions', from, descriptions: sent.slice(from, to).map((e) => e.description) });
  if (worker) {
    worker.onmessage = (event: MessageEvent<IndexBuildReply>) => {
      const reply = event.data;
      if (reply.kind === 'ready') return ran();
      if (reply.kind === 'failed') return end(undefined, new IndexBuildError(reply.error));
      if (reply.kind === 'complete') return end(reply.index);
      hearEarly?.(reply.index);
      // The descriptions only now: they would hold up the early index (see index-build-job.ts).
      void sendInPieces(sent.length, DESCRIPTIONS_PER_MESSAGE, sendDescriptions, () => ended);
    };
  }
  const begin = (r: Region) => {
    if (begun) throw new Error('a second region for one build');
    begun = true;
    post({ kind: 'start', region: r });
  };
  if (region) begin(region);
  const builds = (entries: readonly IndexedEntry[]) => {
    if (entries.length !== count) return false;
    let i = 0;
    for (const chunk of added) for (const e of chunk) if (entries[i++] !== e) return false;
    return true;
  };
  return {
    begin,
    add(entries) {
      if (!begun) throw new Error('entries before the region');
      if (ended) return;
      added.push(entries);
      post({ kind: 'entries', from: count, entries: entries.map(short) });
      count += entries.length;
    },
    builds,
    finish(entries, early) {
      if (!builds(entries)) end(undefined, new IndexBuildError('NotTheseEntries'));
      sent = entries;
      hearEarly = early;
      post({ kind: 'read', count });
      return done;
    },
    get over() {
      return ended;
    },
    running,
    cancel: () => end(undefined, new IndexBuildError('Cancelled')),
  };
}

/**
 * Builds the index of entries already in memory in a worker, their short fields sent in pieces
 * of one task each (queued behind a screen's code and render); `early` hears the early index.
 * Rejects as `finish` does; stops cutting pieces once the worker has failed.
 */
export async function buildInWorker(entries: readonly IndexedEntry[], region: Region, early: (index: SearchIndex) => void): Promise<SearchIndex> {
  const build = startWorkerBuild(region);
  for (let from = 0; from < entries.length && !build.over; from += SHORT_PER_MESSAGE) {
    await nextTask();
    build.add(entries.slice(from, from + SHORT_PER_MESSAGE));
  }
  return build.finish(entries, early);
}
