/**
 * The stored search index written by a worker (index-writer.worker.ts), so the page's thread
 * only copies the typed arrays and hands them over (their buffers moved, not cloned). One worker
 * per write, ended after it: a directory's index is written once.
 */
import type { SearchIndex } from '../directory/search-index';
import { nextTask } from '../lib/next-task';
import { startWorker } from '../lib/start-worker';
import type { IndexWrite, IndexWritten } from './index-writer-job';
import type { StoredSearchIndex } from './types';

/** The worker's failure, with the DOMException name it reported (QuotaExceededError, VersionError …). */
export class IndexWriteError extends Error {
  constructor(readonly reason: string) {
    super(`search index not written in a worker: ${reason}`);
    this.name = reason;
  }
}

type Typed = Uint8Array | Uint16Array | Uint32Array;

/**
 * Copied between two tasks: at 10,000 entries the copy of the typed arrays (4.7 MB) in one piece
 * was a task of 128 ms on the page at 4× CPU (a traced run); in pieces of 256 KB none is long.
 */
const COPY_BYTES = 256 * 1024;

async function copyInPieces<T extends Typed>(array: T): Promise<T> {
  const own = new (array.constructor as new (length: number) => T)(array.length);
  const step = COPY_BYTES / array.BYTES_PER_ELEMENT;
  for (let at = 0; at < array.length; at += step) {
    if (at > 0) await nextTask();
    own.set(array.subarray(at, at + step), at);
  }
  return own;
}

/** The index with its own copy of each typed array (the page keeps searching its own), and the copies' buffers to move to the worker. */
async function detachableCopy(index: SearchIndex): Promise<{ index: SearchIndex; buffers: ArrayBuffer[] }> {
  const copy: Record<string, Typed> = {};
  for (const [key, value] of Object.entries(index)) if (ArrayBuffer.isView(value)) copy[key] = await copyInPieces(value as Typed);
  return { index: { ...index, ...copy }, buffers: Object.values(copy).map((a) => a.buffer as ArrayBuffer) };
}

/**
 * Writes the index in a worker. Rejects when the browser has no module workers, the worker could
 * not start (its file missing from an old cache, say) or the write failed there: an
 * IndexWriteError with the worker's error name, else the error itself. The caller then writes on
 * the page (idb.ts), which also classifies the failure for the UI.
 */
export async function writeInWorker(name: string, version: number, stored: StoredSearchIndex): Promise<void> {
  const { index, buffers } = await detachableCopy(stored.index);
  return new Promise<void>((resolve, reject) => {
    const failed = (reason: unknown) => {
      worker?.terminate();
      reject(typeof reason === 'string' ? new IndexWriteError(reason) : reason);
    };
    const worker = startWorker(() => new Worker(new URL('./index-writer.worker.ts', import.meta.url), { type: 'module', name: 'search-index-writer' }), failed);
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<IndexWritten>) => {
      worker?.terminate();
      if (event.data.ok) resolve();
      else reject(new IndexWriteError(event.data.error));
    };
    worker.postMessage({ name, version, stored: { key: stored.key, index } } satisfies IndexWrite, buffers);
  });
}
