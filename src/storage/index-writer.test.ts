import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateEntries } from '../../scripts/bench/generate';
import { buildIndex, search } from '../directory/search';
import type { SearchIndex } from '../directory/search-index';
import { sampleDirectory } from '../directory/validate.samples';
import { openAppStorage } from './idb';
import { answer, writeIndexJob, type IndexWrite, type IndexWritten } from './index-writer-job';
import { DB_VERSION } from './migrations';
import { DB_NAME } from './schema';
import { StorageError } from './types';

afterEach(async () => {
  vi.unstubAllGlobals();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
});

function builtIndex(): SearchIndex {
  const base = sampleDirectory();
  const entries = [...base.entries, ...generateEntries(60, 3)];
  return buildIndex(entries, base.region);
}

const typedArrays = (index: SearchIndex) => Object.values(index).filter((v): v is Uint8Array => ArrayBuffer.isView(v));

/**
 * A stand-in for the browser's Worker (Node has none): `behave` gets each message and its
 * transfer list and answers as the worker would, or fails as a worker that could not start.
 */
function fakeWorker(behave: (message: IndexWrite, transfer: Transferable[]) => Promise<IndexWritten | 'fails to start'>) {
  const started: { url: string; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<IndexWritten>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    private readonly self = { url: '', terminated: false };
    constructor(url: URL | string) {
      this.self.url = String(url);
      started.push(this.self);
    }
    postMessage(message: IndexWrite, transfer: Transferable[]): void {
      void behave(message, transfer).then((reply) => {
        if (reply === 'fails to start') this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
        else this.onmessage?.({ data: reply } as MessageEvent<IndexWritten>);
      });
    }
    terminate(): void {
      this.self.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

describe("the index writer's job (what its worker runs)", () => {
  it('writes the two records the page reads back', async () => {
    const built = builtIndex();
    await openAppStorage();
    await writeIndexJob({ name: DB_NAME, version: DB_VERSION, stored: { key: 'k1', index: built } });
    const read = await (await openAppStorage()).loadSearchIndex();
    expect(read?.key).toBe('k1');
    expect(read?.index).toEqual(built);
  });

  it('never creates the database: gone (deleted after the page opened it), the write fails and none is made', async () => {
    const reply = await answer(writeIndexJob({ name: DB_NAME, version: DB_VERSION, stored: { key: 'k1', index: builtIndex() } }));
    expect(reply).toEqual({ ok: false, error: 'AbortError' });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });

  it("fails when a newer version of the app upgraded the database meanwhile, and writes nothing into its schema", async () => {
    await openAppStorage();
    // The page's connection closes for the upgrade (idb.ts: blocking); the newer app's schema is its own.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    const reply = await answer(writeIndexJob({ name: DB_NAME, version: DB_VERSION, stored: { key: 'k1', index: builtIndex() } }));
    expect(reply).toEqual({ ok: false, error: 'VersionError' });
    const db = await openDB(DB_NAME);
    expect(await db.get('meta', 'searchIndex')).toBeUndefined();
    db.close();
  });
});

describe('the search index written from the page through a worker', () => {
  it("hands over copies of the typed arrays (moved, not cloned) and keeps the page's own index whole", async () => {
    const built = builtIndex();
    const before = structuredClone(built);
    let sent: IndexWrite | undefined;
    let moved: Transferable[] = [];
    const started = fakeWorker(async (message, transfer) => {
      sent = message;
      moved = transfer;
      return answer(writeIndexJob(message));
    });
    const storage = await openAppStorage();
    await storage.saveSearchIndex({ key: 'k1', index: built });
    expect(started).toHaveLength(1);
    expect(started[0]?.url).toMatch(/index-writer\.worker/);
    // One worker per write, ended once it answered.
    expect(started[0]?.terminated).toBe(true);
    expect(sent?.name).toBe(DB_NAME);
    expect(sent?.version).toBe(DB_VERSION);
    // Every typed array goes as a buffer of its own copy; the page's buffers stay with the page.
    expect(moved).toHaveLength(typedArrays(built).length);
    expect(moved.length).toBeGreaterThanOrEqual(10);
    for (const array of typedArrays(built)) expect(moved).not.toContain(array.buffer);
    expect(built).toEqual(before);
    expect(search(built, 'jobcenter').length).toBeGreaterThan(0);
    expect((await (await openAppStorage()).loadSearchIndex())?.index).toEqual(before);
  });

  it('is written by the page itself when the worker cannot start (its file missing, say)', async () => {
    const started = fakeWorker(async () => 'fails to start');
    const built = builtIndex();
    await (await openAppStorage()).saveSearchIndex({ key: 'k1', index: built });
    expect(started).toHaveLength(1);
    expect(started[0]?.terminated).toBe(true);
    expect((await (await openAppStorage()).loadSearchIndex())?.index).toEqual(built);
  });

  it('reports a full device as such, without writing the megabytes a second time on the page', async () => {
    fakeWorker(async () => ({ ok: false, error: 'QuotaExceededError' }));
    const storage = await openAppStorage();
    const error = await storage.saveSearchIndex({ key: 'k1', index: builtIndex() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('quota');
    expect(await storage.loadSearchIndex()).toBeUndefined();
  });
});
