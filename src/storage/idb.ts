import { openDB } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import { cardId } from './cards';
import { readDirectory, readSummary, writeDirectory } from './directory-store';
import { IndexWriteError, writeInWorker } from './index-writer';
import { readSearchIndex, readSearchIndexKey, writeSearchIndex } from './search-index-records';
import { newestFirst } from './newest-first';
import { DB_NAME, type Db, type SavedCard } from './schema';
import { StorageError, type AppStorage, type StorageProblem, type StoredSearchIndex } from './types';

/** What the rest of the app hears about the database while it runs. */
export interface StorageEvents {
  /** A newer version of the app needs the database: this tab closed it and should reload. */
  onOutdated?: () => void;
}

/** How long to wait for an upgrade that another tab blocks before working from memory. */
const BLOCKED_WAIT_MS = 4000;

/** How the store opens; tests shorten the wait instead of sleeping 4 s. */
export interface OpenOptions {
  /** How long an upgrade blocked by another tab may wait (default 4 s). */
  readonly blockedWaitMs?: number;
}

function classify(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError') return 'outdated';
  return 'unavailable';
}

/** Runs a database call and turns its failure into a StorageError the UI can explain. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(classify(error), error);
  }
}

function open(events: StorageEvents, blockedWaitMs: number): Promise<Db> {
  return new Promise<Db>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    openDB<import('./schema').WegweiserDB>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, tx, oldVersion, newVersion ?? DB_VERSION),
      blocked: () => {
        timer = setTimeout(() => {
          settled = true;
          reject(new StorageError('blocked'));
        }, blockedWaitMs);
      },
      blocking: (_current, _next, event) => {
        (event.target as IDBDatabase).close();
        events.onOutdated?.();
      },
    }).then(
      (db) => {
        clearTimeout(timer);
        if (settled) db.close();
        else resolve(db);
      },
      (error) => reject(error instanceof StorageError ? error : new StorageError(classify(error), error)),
    );
  });
}

/**
 * Opens the device store. Never rejects: when IndexedDB cannot be used the app gets the
 * memory store with the reason, and keeps working.
 */
export async function openAppStorage(events: StorageEvents = {}, options: OpenOptions = {}): Promise<AppStorage> {
  let db: Db;
  try {
    if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
    db = await open(events, options.blockedWaitMs ?? BLOCKED_WAIT_MS);
  } catch (error) {
    // Loaded only when needed: most phones never fall back, so the first screen doesn't carry it.
    const { memoryStorage } = await import('./memory');
    return memoryStorage(error instanceof StorageError ? error.problem : 'unavailable');
  }
  return idbStorage(db);
}

/**
 * The search index is written by a worker where the browser has module workers (index-writer.ts):
 * its megabytes then cost the page no long task. When the worker could not start or failed, the
 * page writes it itself; a full disk, reported by the worker, is not tried twice.
 */
async function saveIndex(db: Db, stored: StoredSearchIndex): Promise<void> {
  if (typeof Worker === 'undefined') return writeSearchIndex(db, stored);
  try {
    await writeInWorker(db.name, db.version, stored);
  } catch (error) {
    // Its error carries the DOMException's name, so guard() classifies it as it does the page's own.
    if (error instanceof IndexWriteError && classify(error) === 'quota') throw error;
    await writeSearchIndex(db, stored);
  }
}

function idbStorage(db: Db): AppStorage {
  return {
    kind: 'idb',
    loadDirectory: (onChunk) => guard(() => readDirectory(db, onChunk)),
    loadSummary: () => guard(() => readSummary(db)),
    saveDirectory: (directory) => guard(() => writeDirectory(db, directory)),
    loadSearchIndex: () => guard(() => readSearchIndex(db)),
    loadSearchIndexKey: () => guard(() => readSearchIndexKey(db)),
    saveSearchIndex: (stored) => guard(() => saveIndex(db, stored)),
    getMeta: <T>(key: string) => guard(async () => (await db.get('meta', key)) as T | undefined),
    setMeta: (key, value) => guard(async () => void (await db.put('meta', value, key))),
    favourites: () =>
      guard(async () => {
        const all = await db.getAll('favourites');
        return all.sort(newestFirst).map((f) => f.id);
      }),
    setFavourite: (id, on) =>
      guard(async () => {
        if (on) {
          // Keep the first "added" date when the star is set twice (two tabs, a double tap).
          const tx = db.transaction('favourites', 'readwrite');
          if (!(await tx.store.get(id))) await tx.store.put({ id, added: new Date().toISOString() });
          await tx.done;
        } else await db.delete('favourites', id);
      }),
    checklist: () =>
      guard(async () => Object.fromEntries((await db.getAll('checklist')).map((r) => [r.id, r.done]))),
    setChecklistStep: (id, done) =>
      guard(async () => void (await db.put('checklist', { id, done, at: new Date().toISOString() }))),
    savedCards: () => guard(async () => (await db.getAll('cards')).sort(newestFirst)),
    saveCard: (card) =>
      guard(async () => {
        const id = cardId(card.entry, card.lang);
        const tx = db.transaction('cards', 'readwrite');
        const kept: SavedCard = { ...card, id, added: (await tx.store.get(id))?.added ?? new Date().toISOString() };
        await Promise.all([tx.store.put(kept), tx.done]);
        return kept;
      }),
    removeCard: (id) => guard(async () => void (await db.delete('cards', id))),
    getSetting: <T>(key: string) => guard(async () => (await db.get('settings', key)) as T | undefined),
    setSetting: (key, value) => guard(async () => void (await db.put('settings', value, key))),
    clearAll: () =>
      guard(async () => {
        // Every store the schema has, also ones a later migration adds: nothing of the user's stays.
        const names = Array.from(db.objectStoreNames);
        const tx = db.transaction(names, 'readwrite');
        await Promise.all([...names.map((n) => tx.objectStore(n).clear()), tx.done]);
      }),
  };
}
