import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Directory, Entry } from '../directory/types';
import { openAppStorage } from './idb';
import { summarize } from '../directory/summary';
import { memoryStorage } from './memory';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type WegweiserDB } from './schema';
import { StorageError } from './types';

const text = { de: 'x', uk: 'x', ar: 'x', 'fa-AF': 'x' };
const entry = (id: string): Entry => ({
  id,
  category: 'arbeit',
  name: `Amt ${id}`,
  description: text,
  scope: { kind: 'district' },
  phones: [],
  languages: [],
  barrierFree: 'unknown',
  keywords: [],
  sources: [{ title: 'Quelle', asOf: '2024' }],
  conflicts: [],
});
const directory = (version: string, ids: string[]): Directory => ({
  format: 1,
  version,
  asOf: version.slice(0, 10),
  region: {
    id: 'r',
    name: 'Region',
    names: {},
    bbox: [50, 9, 52, 11],
    boundaries: 'data/boundaries.geojson',
    boundaryCredit: 'c',
    municipalities: [],
    categories: [],
    tileUrl: 'https://tile.example/{z}/{x}/{y}.png',
    tileAttribution: 'a',
    holidays: { country: 'de', state: 'Hessen' },
    freshness: { checkBeforeVisitAfterYears: 3 },
  },
  entries: ids.map(entry),
});

afterEach(async () => {
  vi.useRealTimers();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
});

describe('device storage (IndexedDB)', () => {
  it('keeps the directory, favourites, checklist and settings across openings', async () => {
    const first = await openAppStorage();
    expect(first.kind).toBe('idb');
    await first.saveDirectory(directory('2026-11-22T00:00:00Z', ['a', 'b']));
    await first.setFavourite('a', true);
    await first.setChecklistStep('register', true);
    await first.setSetting('textSize', 3);

    const again = await openAppStorage();
    expect((await again.loadDirectory())?.entries.map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(await again.favourites()).toEqual(['a']);
    expect(await again.checklist()).toEqual({ register: true });
    expect(await again.getSetting('textSize')).toBe(3);
  });

  it("gives the entries back in the data's order, not in the store's key order, and the head without it", async () => {
    const first = await openAppStorage();
    const saved = directory('2026-11-22T00:00:00Z', ['notruf-112', 'polizei-110', 'aerztlicher-bereitschaftsdienst', 'giftnotruf']);
    await first.saveDirectory(saved);

    const loaded = await (await openAppStorage()).loadDirectory();
    expect(loaded?.entries.map((e) => e.id)).toEqual(['notruf-112', 'polizei-110', 'aerztlicher-bereitschaftsdienst', 'giftnotruf']);
    expect(loaded).toEqual(saved);
  });

  it('tells a listener each chunk of entries while they are read, in order, with the region', async () => {
    const ids = Array.from({ length: 1_203 }, (_, i) => `e${i}`);
    const saved = directory('2026-11-22T00:00:00Z', ids);
    await (await openAppStorage()).saveDirectory(saved);
    const heard: { ids: string[]; region: unknown }[] = [];
    const objects: Entry[] = [];
    let read = false;
    const loaded = await (await openAppStorage()).loadDirectory((entries, region) => {
      expect(read).toBe(false);
      heard.push({ ids: entries.map((e) => e.id), region });
      objects.push(...entries);
    });
    read = true;
    // Chunks of 500 (CHUNK_SIZE), as stored; the entries heard are the ones returned.
    expect(heard.map((h) => h.ids.length)).toEqual([500, 500, 203]);
    expect(heard.flatMap((h) => h.ids)).toEqual(ids);
    expect(heard.every((h) => h.region === loaded?.region)).toBe(true);
    // The same objects (a build fed while reading checks them one by one).
    expect(objects.every((e, i) => e === loaded?.entries[i])).toBe(true);
    expect(loaded).toEqual(saved);
    // A listener that throws does not fail the read.
    const again = await (await openAppStorage()).loadDirectory(() => {
      throw new Error('listener');
    });
    expect(again).toEqual(saved);
  });

  it('replaces the directory whole, and keeps the old one whole when the swap fails', async () => {
    const storage = await openAppStorage();
    await storage.saveDirectory(directory('2026-01-01T00:00:00Z', ['a', 'b', 'c']));
    // An entry IndexedDB cannot store (a function is not cloneable) makes the transaction abort.
    const broken = directory('2026-02-01T00:00:00Z', ['x', 'y']);
    const poisoned = { ...broken, entries: [...broken.entries, { ...entry('z'), bad: () => 1 } as unknown as Entry] };
    await expect(storage.saveDirectory(poisoned)).rejects.toBeInstanceOf(StorageError);
    const kept = await storage.loadDirectory();
    expect(kept?.version).toBe('2026-01-01T00:00:00Z');
    expect(kept?.entries.map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);

    await storage.saveDirectory(directory('2026-03-01T00:00:00Z', ['d']));
    expect((await storage.loadDirectory())?.entries.map((e) => e.id)).toEqual(['d']);
  });

  it('keeps show-cards per place and language, newest first, and forgets them on request', async () => {
    for (const storage of [await openAppStorage(), memoryStorage()]) {
      // The clock a second apart between the two cards (only Date is faked: IndexedDB keeps its timers).
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      const first = await storage.saveCard({ entry: 'jobcenter', lang: 'fa-AF', phrases: ['zu-dieser-adresse'] });
      expect(first.id).toBe('jobcenter|fa-AF');
      vi.setSystemTime(new Date('2026-11-30T10:00:01Z'));
      await storage.saveCard({ entry: 'tafel', lang: 'ar', phrases: [] });
      vi.useRealTimers();
      // Keeping the same card again updates its sentences and keeps its place in the list.
      const again = await storage.saveCard({ entry: 'jobcenter', lang: 'fa-AF', phrases: ['zu-dieser-adresse', 'termin-haben'] });
      expect(again.added).toBe(first.added);
      const cards = await storage.savedCards();
      expect(cards.map((c) => [c.id, c.phrases])).toEqual([
        ['tafel|ar', []],
        ['jobcenter|fa-AF', ['zu-dieser-adresse', 'termin-haben']],
      ]);
      await storage.removeCard('tafel|ar');
      expect((await storage.savedCards()).map((c) => c.id)).toEqual(['jobcenter|fa-AF']);
    }
    const reopened = await openAppStorage();
    expect((await reopened.savedCards()).map((c) => c.entry)).toEqual(['jobcenter']);
  });

  it('gives favourites newest first, and asks no collator for it (a phone’s first one is a long task)', async () => {
    const collate = vi.spyOn(String.prototype, 'localeCompare');
    try {
      for (const storage of [await openAppStorage(), memoryStorage()]) {
        vi.useFakeTimers({ toFake: ['Date'] });
        for (const [id, at] of [['a', '2026-11-01T10:00:00Z'], ['c', '2026-11-03T09:00:00Z'], ['b', '2026-11-02T23:59:59Z']] as const) {
          vi.setSystemTime(new Date(at));
          await storage.setFavourite(id, true);
          await storage.saveCard({ entry: id, lang: 'ar', phrases: [] });
        }
        vi.useRealTimers();
        expect(await storage.favourites()).toEqual(['c', 'b', 'a']);
        expect((await storage.savedCards()).map((c) => c.entry)).toEqual(['c', 'b', 'a']);
      }
      expect(collate).not.toHaveBeenCalled();
    } finally {
      collate.mockRestore();
    }
  });

  it('upgrades a database of the first version and keeps the user data in it', async () => {
    // A phone that installed the app when the schema had only its first step.
    const old = await openDB<WegweiserDB>(DB_NAME, 1, {
      upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, tx, oldVersion, newVersion ?? 1),
    });
    await old.put('favourites', { id: 'jobcenter', added: '2025-01-01T00:00:00Z' });
    await old.put('settings', 'ar', 'lang');
    old.close();

    const storage = await openAppStorage();
    expect(await storage.favourites()).toEqual(['jobcenter']);
    expect(await storage.getSetting('lang')).toBe('ar');
    await storage.setChecklistStep('register', true);
    expect(await storage.checklist()).toEqual({ register: true });
    expect(await storage.getMeta('migrations')).toEqual([1, 2, 3, 4]);
  });

  it('moves a directory stored one record per entry (schema 3) into chunks, in its order, with its summary', async () => {
    // A phone on the release before step 4: entries one per record, their order in the head.
    const ids = Array.from({ length: 1203 }, (_, i) => `e-${String(1202 - i).padStart(4, '0')}`);
    const saved: Directory = {
      ...directory('2026-10-01T00:00:00Z', ids),
      entries: ids.map((id, i) => ({ ...entry(id), category: i % 3 === 0 ? 'notfall' : 'arbeit', phones: [{ number: `0${i}` }] })),
    };
    const old = await openDB(DB_NAME, 3, {
      upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db as never, tx as never, oldVersion, newVersion ?? 3),
    });
    const { region, entries, ...head } = saved;
    const tx = old.transaction(['entries', 'meta', 'region', 'favourites'], 'readwrite');
    for (const e of entries) void tx.objectStore('entries').put(e);
    void tx.objectStore('meta').put({ ...head, order: ids }, 'directory');
    void tx.objectStore('region').put(region, 'current');
    void tx.objectStore('favourites').put({ id: 'e-0007', added: '2025-01-01T00:00:00Z' });
    await tx.done;
    old.close();

    const storage = await openAppStorage();
    expect(await storage.getMeta('migrations')).toEqual([1, 2, 3, 4]);
    const loaded = await storage.loadDirectory();
    expect(loaded?.entries.map((e) => e.id)).toEqual(ids);
    expect(loaded).toEqual(saved);
    expect(await storage.loadSummary()).toEqual(summarize(saved));
    expect(await storage.favourites()).toEqual(['e-0007']);
    const raw = await openDB(DB_NAME);
    expect([...raw.objectStoreNames]).not.toContain('entries');
    // 1,203 entries: two full chunks of 500 and one of 203.
    expect((await raw.getAll('chunks')).map((c: Entry[]) => c.length)).toEqual([500, 500, 203]);
    raw.close();
  });

  it('keeps the summary beside the directory, and none when nothing is stored', async () => {
    const storage = await openAppStorage();
    expect(await storage.loadSummary()).toBeUndefined();
    const saved = directory('2026-11-22T00:00:00Z', ['a', 'b']);
    await storage.saveDirectory(saved);
    expect(await (await openAppStorage()).loadSummary()).toEqual(summarize(saved));
    await storage.clearAll();
    expect(await storage.loadSummary()).toBeUndefined();
  });

  it('runs every migration exactly once over several openings', async () => {
    await openAppStorage();
    await openAppStorage();
    const storage = await openAppStorage();
    // Literal on purpose: a schema change must change this test too. The log names each step
    // once, and the database on the device really is at that version.
    expect(await storage.getMeta('migrations')).toEqual([1, 2, 3, 4]);
    expect(DB_VERSION).toBe(4);
    const raw = await openDB(DB_NAME);
    expect([raw.version, [...raw.objectStoreNames].sort()]).toEqual([4, ['cards', 'checklist', 'chunks', 'favourites', 'meta', 'region', 'settings']]);
    raw.close();
  });

  it('reports a full disk as "quota" and keeps what was stored', async () => {
    const storage = await openAppStorage();
    await storage.setFavourite('a', true);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await storage.setFavourite('b', true).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).problem).toBe('quota');
      const swap = await storage.saveDirectory(directory('2026-05-01T00:00:00Z', ['q'])).catch((e: unknown) => e);
      expect((swap as StorageError).problem).toBe('quota');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await storage.favourites()).toEqual(['a']);
  });

  it('deletes everything on request', async () => {
    const storage = await openAppStorage();
    await storage.saveDirectory(directory('2026-01-01T00:00:00Z', ['a']));
    await storage.setFavourite('a', true);
    await storage.clearAll();
    expect(await storage.loadDirectory()).toBeUndefined();
    expect(await storage.favourites()).toEqual([]);
  });

  it('falls back to memory, with the reason, when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB (some private modes)
    delete globalThis.indexedDB;
    try {
      const storage = await openAppStorage();
      expect(storage.kind).toBe('memory');
      expect(storage.problem).toBe('unavailable');
      await storage.saveDirectory(directory('2026-01-01T00:00:00Z', ['a']));
      await storage.setFavourite('a', true);
      expect(await storage.favourites()).toEqual(['a']);
      expect((await storage.loadDirectory())?.entries).toHaveLength(1);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('works from memory and says why when another tab blocks the upgrade', async () => {
    // A second tab still runs the old version and does not let go of its connection.
    const old = await openDB<WegweiserDB>(DB_NAME, 1, {
      upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, tx, oldVersion, newVersion ?? 1),
    });
    await old.put('favourites', { id: 'kept', added: '2025-01-01T00:00:00Z' });
    // The app waits 4 s for the other tab; the test waits 50 ms (the same code path).
    const storage = await openAppStorage({}, { blockedWaitMs: 50 });
    expect(storage.kind).toBe('memory');
    expect(storage.problem).toBe('blocked');
    // Once the old tab is gone, the next start upgrades and the favourite is still there.
    old.close();
    const later = await openAppStorage();
    expect(later.kind).toBe('idb');
    expect(await later.favourites()).toEqual(['kept']);
  });

  it('falls back to memory when opening the database fails', async () => {
    const saved = globalThis.indexedDB;
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException('broken', 'UnknownError');
      },
    } as unknown as IDBFactory;
    try {
      const storage = await openAppStorage();
      expect(storage.kind).toBe('memory');
      expect(storage.problem).toBe('unavailable');
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('keeps the memory store usable on its own', async () => {
    const storage = memoryStorage('quota');
    await storage.setFavourite('b', true);
    await storage.setFavourite('c', true);
    await storage.setFavourite('b', false);
    expect(await storage.favourites()).toEqual(['c']);
  });
});
