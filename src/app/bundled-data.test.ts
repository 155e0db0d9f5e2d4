import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { memoryStorage } from '../storage/memory';
import { openAppStorage, type AppStorage } from '../storage';
import { adoptBundledDirectory, bundledReplaces } from './bundled-data';
import { BUNDLED_COMPARED, DIRECTORY_SOURCE, loadDirectory, showDirectory } from './data';
import { app } from './state';

/** The sample directory at a version, with the first entry renamed so content differs visibly. */
function release(version: string, firstName = 'Jobcenter Werra-Meißner'): Directory {
  const d = sampleDirectory();
  const [first, ...rest] = d.entries;
  return { ...d, version, asOf: version.slice(0, 10), entries: [{ ...first!, name: firstName }, ...rest] };
}

function serve(bundled: Directory | undefined): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => (bundled ? new Response(JSON.stringify(bundled)) : new Response('', { status: 404 }))),
  );
}

async function start(storage: AppStorage, stored: Directory, source?: string): Promise<void> {
  await storage.saveDirectory(stored);
  if (source) await storage.setMeta(DIRECTORY_SOURCE, source);
  app.set({ storage, directory: stored });
}

afterEach(() => vi.unstubAllGlobals());

describe('bundledReplaces', () => {
  const old = release('2026-01-01T00:00:00Z', 'Alt');
  const next = release('2026-06-01T00:00:00Z', 'Neu');
  it.each([
    ['a newer bundle over a bundle', next, old, undefined, true],
    ['a newer bundle over a data update', next, old, 'update', true],
    ['an older bundle over a data update', old, next, 'update', false],
    ['an older bundle over a bundle', old, next, 'bundle', false],
    ['the same bundle again', old, release('2026-01-01T00:00:00Z', 'Alt'), undefined, false],
    ['same version, other content, over a bundle', release('2026-01-01T00:00:00Z', 'Neu'), old, 'bundle', true],
    ['same version, other content, over a data update', release('2026-01-01T00:00:00Z', 'Neu'), old, 'update', false],
  ] as const)('%s: %s', (_label, bundled, stored, source, expected) => {
    expect(bundledReplaces(bundled, stored, source)).toBe(expected);
  });
});

describe('adoptBundledDirectory', () => {
  beforeEach(() => app.set({ directory: undefined }));

  it('builds and stores the new entries\' search index in the same session, for the next start', async () => {
    const storage = memoryStorage();
    await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
    const next = release('2026-06-01T00:00:00Z', 'Neu');
    serve(next);
    await expect(adoptBundledDirectory()).resolves.toBe(true);
    // A wait, not a timing goal: a busy test machine may take seconds for the import and the build.
    await vi.waitFor(async () => expect((await storage.loadSearchIndex())?.index.ids).toEqual(next.entries.map((e) => e.id)), { timeout: 10_000 });
    expect((await storage.loadSearchIndex())?.key).toBe(`${__SEARCH_BUILD__}|${next.version}|${next.asOf}|${next.entries.length}`);
  });

  it('stores and shows newer bundled data, so it is there after a restart', async () => {
    const storage = memoryStorage();
    await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
    serve(release('2026-06-01T00:00:00Z', 'Neu'));
    await expect(adoptBundledDirectory()).resolves.toBe(true);
    expect(app.get().directory?.entries[0]?.name).toBe('Neu');
    const kept = await storage.loadDirectory();
    expect(kept?.version).toBe('2026-06-01T00:00:00Z');
    expect(kept?.entries[0]?.name).toBe('Neu');
    await expect(storage.getMeta(DIRECTORY_SOURCE)).resolves.toBe('bundle');
  });

  it('keeps newer data from a data update when the bundle is older', async () => {
    const storage = memoryStorage();
    await start(storage, release('2026-06-01T00:00:00Z', 'Aktualisiert'), 'update');
    serve(release('2026-01-01T00:00:00Z', 'Alt'));
    await expect(adoptBundledDirectory()).resolves.toBe(false);
    expect(app.get().directory?.entries[0]?.name).toBe('Aktualisiert');
    expect((await storage.loadDirectory())?.entries[0]?.name).toBe('Aktualisiert');
  });

  it('changes nothing when the bundled file is missing (nothing to compare)', async () => {
    const storage = memoryStorage();
    await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
    serve(undefined);
    await expect(adoptBundledDirectory()).resolves.toBe(false);
    expect((await storage.loadDirectory())?.entries[0]?.name).toBe('Alt');
  });

  it('on a first visit, fetches the bundled file once: the start stored it, adopting finds nothing to do', async () => {
    const storage = memoryStorage();
    app.set({ storage });
    serve(release('2026-06-01T00:00:00Z', 'Neu'));
    const loaded = await loadDirectory(storage);
    if (!loaded) throw new Error('the bundled file was not loaded');
    showDirectory(loaded);
    await expect(adoptBundledDirectory()).resolves.toBe(false);
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(1);
    // A later start reads its own copy from the device and compares it with the bundle (one fetch).
    app.set({ directory: structuredClone(await storage.loadDirectory()) });
    await expect(adoptBundledDirectory()).resolves.toBe(false);
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(2);
  });

  it('replaces the whole directory in IndexedDB: no entry of the old version is left', async () => {
    const storage = await openAppStorage();
    expect(storage.kind).toBe('idb');
    const old = release('2026-01-01T00:00:00Z', 'Alt');
    await start(storage, { ...old, entries: [...old.entries, { ...old.entries[0]!, id: 'nur-alt' }] });
    const next = release('2026-06-01T00:00:00Z', 'Neu');
    serve(next);
    await expect(adoptBundledDirectory()).resolves.toBe(true);
    const kept = await storage.loadDirectory();
    expect(kept?.entries.map((e) => e.id).sort()).toEqual(['jobcenter-eschwege', 'rathaus-eschwege', 'rathaus-witzenhausen']);
    expect(kept?.entries.find((e) => e.name === 'Neu')).toBeDefined();
    await storage.clearAll();
  });

  describe('once this release\'s file was compared', () => {
    const fetches = () => vi.mocked(fetch).mock.calls.length;

    it('later starts do not read it again, whatever the first comparison found', async () => {
      const storage = memoryStorage();
      await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
      serve(release('2026-01-01T00:00:00Z', 'Alt'));
      await expect(adoptBundledDirectory('sha-1')).resolves.toBe(false);
      expect(fetches()).toBe(1);
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBe('sha-1');
      app.set({ directory: structuredClone(await storage.loadDirectory()) });
      await expect(adoptBundledDirectory('sha-1')).resolves.toBe(false);
      expect(fetches()).toBe(1);
    });

    it('a newer data update stored since keeps the file out too, and a new release\'s file is compared again', async () => {
      const storage = memoryStorage();
      await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
      serve(release('2026-01-01T00:00:00Z', 'Alt'));
      await adoptBundledDirectory('sha-1');
      await start(storage, release('2026-03-01T00:00:00Z', 'Aktualisiert'), 'update');
      await expect(adoptBundledDirectory('sha-1')).resolves.toBe(false);
      expect(fetches()).toBe(1);
      serve(release('2026-06-01T00:00:00Z', 'Neu'));
      await expect(adoptBundledDirectory('sha-2')).resolves.toBe(true);
      expect(app.get().directory?.entries[0]?.name).toBe('Neu');
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBe('sha-2');
    });

    it('a newer file replaces the data first, then counts as compared', async () => {
      const storage = memoryStorage();
      await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
      serve(release('2026-06-01T00:00:00Z', 'Neu'));
      await expect(adoptBundledDirectory('sha-2')).resolves.toBe(true);
      expect((await storage.loadDirectory())?.entries[0]?.name).toBe('Neu');
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBe('sha-2');
    });

    it('is not recorded when the file could not be read or the newer data not stored: the next start tries again', async () => {
      const storage = memoryStorage();
      await start(storage, release('2026-01-01T00:00:00Z', 'Alt'));
      serve(undefined);
      await expect(adoptBundledDirectory('sha-2')).resolves.toBe(false);
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBeUndefined();
      serve(release('2026-06-01T00:00:00Z', 'Neu'));
      const full = { ...storage, saveDirectory: () => Promise.reject(new Error('disk full')) };
      app.set({ storage: full });
      await expect(adoptBundledDirectory('sha-2')).resolves.toBe(false);
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBeUndefined();
      app.set({ storage });
      await expect(adoptBundledDirectory('sha-2')).resolves.toBe(true);
      expect(fetches()).toBe(2);
    });

    /** A first visit's empty storage and the file served to it, with the served bytes' hash, computed here, not by the code under test. */
    function firstVisitServed(): { storage: AppStorage; sha: string } {
      const storage = memoryStorage();
      app.set({ storage });
      const file = release('2026-06-01T00:00:00Z', 'Neu');
      serve(file);
      return { storage, sha: createHash('sha256').update(JSON.stringify(file)).digest('hex') };
    }

    it('on a first visit, when the file downloaded is this release\'s (its SHA-256): the next start does not read it', async () => {
      const { storage, sha } = firstVisitServed();
      showDirectory((await loadDirectory(storage, undefined, sha))!);
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBe(sha);
      app.set({ directory: structuredClone(await storage.loadDirectory()) });
      await expect(adoptBundledDirectory(sha)).resolves.toBe(false);
      expect(fetches()).toBe(1);
    });

    it('a first visit whose file cannot be hashed still shows and stores it, unrecorded', async () => {
      const { storage, sha } = firstVisitServed();
      const digest = vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new Error('no hash here'));
      try {
        expect((await loadDirectory(storage, undefined, sha))?.entries[0]?.name).toBe('Neu');
        expect(digest).toHaveBeenCalled();
        expect((await storage.loadDirectory())?.entries[0]?.name).toBe('Neu');
        await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBeUndefined();
      } finally {
        digest.mockRestore();
      }
    });

    it('not on a first visit whose file is another release\'s, nor without a known release file', async () => {
      const storage = memoryStorage();
      app.set({ storage });
      serve(release('2026-06-01T00:00:00Z', 'Neu'));
      showDirectory((await loadDirectory(storage, undefined, 'sha-1'))!);
      await expect(adoptBundledDirectory('sha-1')).resolves.toBe(false);
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBeUndefined();
      app.set({ directory: structuredClone(await storage.loadDirectory()) });
      await adoptBundledDirectory(null);
      await adoptBundledDirectory(null);
      await expect(storage.getMeta(BUNDLED_COMPARED)).resolves.toBeUndefined();
      expect(fetches()).toBe(3);
    });
  });
});
