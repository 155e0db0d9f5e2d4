/**
 * The search index built in a worker (search-index.worker.ts): the page only sends what the index
 * reads, in pieces of one task each, and takes back the early and the complete index (their typed
 * arrays' buffers moved, not copied, where the worker is done with them).
 */
import { nextTask } from '../lib/next-task';
import type { IndexBuildMessage, IndexBuildReply, ShortEntry } from './index-build-job';
import type { IndexedEntry, SearchIndex } from './search-index';
import type { Region } from './types';

/**
 * Entries per message. The copy for the worker is made on the page: in Node, short fields of
 * 10,000 generated entries (3.9 MB) took 36 ms to serialise and their descriptions (16 MB) some
 * 65–95 ms, so at 4× CPU 500 short entries or 100 descriptions are a task of some 6–8 ms.
 */
const SHORT_PER_MESSAGE = 500;
const DESCRIPTIONS_PER_MESSAGE = 100;

/** The worker's failure, with the error name it reported; the caller then builds on the page. */
export class IndexBuildError extends Error {
  constructor(readonly reason: string) {
    super(`search index not built in a worker: ${reason}`);
    this.name = reason;
  }
}

const short = ({ id, name, keywords, category, address, scope }: IndexedEntry): ShortEntry => ({ id, name, keywords, category, address, scope });

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

/**
 * Builds the index in a worker; `early` hears the early index (names, keywords, topics, towns).
 * Rejects when the browser has no module workers, the worker could not start (its file missing
 * from an old cache, say) or failed: the caller then builds on the page, as before workers.
 */
export function buildInWorker(entries: readonly IndexedEntry[], region: Region, early: (index: SearchIndex) => void): Promise<SearchIndex> {
  return new Promise<SearchIndex>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module', name: 'search-index' });
    } catch (error) {
      reject(error);
      return;
    }
    let ended = false;
    const end = (error?: Error, index?: SearchIndex) => {
      if (ended) return;
      ended = true;
      worker.terminate();
      if (index) resolve(index);
      else reject(error ?? new IndexBuildError('Error'));
    };
    const post = (message: IndexBuildMessage) => worker.postMessage(message);
    const over = () => ended;
    const sendShort = (from: number, to: number) => post({ kind: 'entries', from, entries: entries.slice(from, to).map(short) });
    const sendDescriptions = (from: number, to: number) => post({ kind: 'descriptions', from, descriptions: entries.slice(from, to).map((e) => e.description) });
    worker.onmessage = (event: MessageEvent<IndexBuildReply>) => {
      const reply = event.data;
      if (reply.kind === 'failed') return end(new IndexBuildError(reply.error));
      if (reply.kind === 'complete') return end(undefined, reply.index);
      early(reply.index);
      // The descriptions only now: they would hold up the early index (see index-build-job.ts).
      sendInPieces(entries.length, DESCRIPTIONS_PER_MESSAGE, sendDescriptions, over).catch((error: unknown) => end(error as Error));
    };
    worker.onerror = (event) => {
      // The page handles it (it builds itself): not an uncaught error of the page.
      event.preventDefault();
      end(new IndexBuildError('WorkerError'));
    };
    worker.onmessageerror = () => end(new IndexBuildError('DataCloneError'));
    const start = async () => {
      post({ kind: 'start', region, count: entries.length });
      await sendInPieces(entries.length, SHORT_PER_MESSAGE, sendShort, over);
    };
    // A piece that cannot be copied (DataCloneError) ends the worker; the page then builds.
    start().catch((error: unknown) => end(error as Error));
  });
}
