import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { memoryStorage } from '../storage/memory';
import { ETAG, LAST_CHECK, loadDirectory } from './data';
import { checkForDataUpdate } from './data-update';
import { app } from './state';

afterEach(() => vi.unstubAllGlobals());

const at = (version: string): Directory => ({ ...sampleDirectory(), version, asOf: version.slice(0, 10) });

/** The device shows and stores one version; the server answers with a newer one. */
async function serverHasNewer() {
  const storage = memoryStorage();
  const current = at('2026-01-01T00:00:00Z');
  await storage.saveDirectory(current);
  app.set({ storage, directory: current });
  const next = at('2026-06-01T00:00:00Z');
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(next), { status: 200 })));
  return { storage, current, next };
}

describe('a data update', () => {
  it('builds and stores the new entries\' search index in its session, so the next start only reads it', async () => {
    const { storage, next } = await serverHasNewer();

    await expect(checkForDataUpdate(true)).resolves.toEqual({ kind: 'updated', asOf: next.asOf });
    // A wait, not a timing goal: a busy test machine may take seconds for the import and the build.
    await vi.waitFor(async () => expect((await storage.loadSearchIndex())?.index.ids).toEqual(next.entries.map((e) => e.id)), { timeout: 10_000 });
    expect((await storage.loadSearchIndex())?.key).toBe(`${__SEARCH_BUILD__}|${next.version}|${next.asOf}|${next.entries.length}`);
  });

  it('found by the daily check, shows with the next screen, not under the open one; its index is ready before', async () => {
    location.hash = '#/list?q=jobcenter';
    const { storage, current, next } = await serverHasNewer();

    await expect(checkForDataUpdate()).resolves.toEqual({ kind: 'updated', asOf: next.asOf });
    expect((await storage.loadDirectory())?.version).toBe(next.version);
    await vi.waitFor(async () => expect((await storage.loadSearchIndex())?.index.ids).toEqual(next.entries.map((e) => e.id)), { timeout: 10_000 });
    expect(app.get().directory).toBe(current);
    // Typing in the list changes the query, not the screen: still the rows the user sees.
    location.hash = '#/list?q=jobcenter+esch';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(app.get().directory).toBe(current);
    location.hash = '#/e/jobcenter';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(app.get().directory?.version).toBe(next.version);
  });

  it('asked for, shows at once', async () => {
    const { next } = await serverHasNewer();
    await expect(checkForDataUpdate(true)).resolves.toEqual({ kind: 'updated', asOf: next.asOf });
    expect(app.get().directory?.version).toBe(next.version);
  });
});

describe('the first daily check after a first visit', () => {
  /** A server with one file and its ETag: "not modified" when asked with that ETag. Notes each request's If-None-Match. */
  function server(file: Directory, etag: string | null, asked: (string | null)[]) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: URL, init?: RequestInit) => {
        const sent = new Headers(init?.headers).get('If-None-Match');
        asked.push(sent);
        if (etag && sent === etag) return new Response(null, { status: 304 });
        return new Response(JSON.stringify(file), { status: 200, headers: etag ? { ETag: etag } : {} });
      }),
    );
  }

  it('sends the ETag of the file the first visit fetched: the unchanged file is not downloaded again', async () => {
    const storage = memoryStorage();
    const file = at('2026-01-01T00:00:00Z');
    const asked: (string | null)[] = [];
    server(file, 'W/"225804-1"', asked);
    app.set({ storage, directory: await loadDirectory(storage) });
    await expect(storage.getMeta(ETAG)).resolves.toBe('W/"225804-1"');
    // A day later.
    await storage.setMeta(LAST_CHECK, Date.now() - 25 * 60 * 60 * 1000);
    await expect(checkForDataUpdate()).resolves.toEqual({ kind: 'current' });
    expect(asked).toEqual([null, 'W/"225804-1"']);
  });

  it('without an ETag from the server, asks plainly and compares', async () => {
    const storage = memoryStorage();
    const file = at('2026-01-01T00:00:00Z');
    const asked: (string | null)[] = [];
    server(file, null, asked);
    app.set({ storage, directory: await loadDirectory(storage) });
    await expect(storage.getMeta(ETAG)).resolves.toBeUndefined();
    await expect(checkForDataUpdate(true)).resolves.toEqual({ kind: 'current' });
    expect(asked).toEqual([null, null]);
  });
});
