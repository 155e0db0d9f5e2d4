import type { DirectorySummary } from '../directory/summary';
import type { SearchIndex } from '../directory/search-index';
import type { Directory, Entry, Region } from '../directory/types';
import type { SavedCard } from './schema';

/** Why the device store is not (fully) working; the UI turns this into a message. */
export type StorageProblem =
  /** IndexedDB could not be opened (private mode, disabled, broken database). */
  | 'unavailable'
  /** Another tab keeps an older version of the app open, so the database cannot be upgraded. */
  | 'blocked'
  /** The device is full: the last change could not be saved. */
  | 'quota'
  /** A newer version of the app opened the database in another tab; this tab must reload. */
  | 'outdated';

/** A write that did not happen; what was stored before stays as it was. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(`storage: ${problem}`, { cause });
    this.name = 'StorageError';
  }
}

/** Hears the stored entries while they are read: each piece in the data's order, with the region. */
export type ChunkListener = (entries: readonly Entry[], region: Region) => void;

/** A search index as kept on the device, with the key that says which entries and which code built it. */
export interface StoredSearchIndex {
  readonly key: string;
  readonly index: SearchIndex;
}

/** Everything the app keeps on the device. Components use this, never IndexedDB itself. */
export interface AppStorage {
  /** 'memory' when IndexedDB failed: the app works, but nothing is kept after closing it. */
  readonly kind: 'idb' | 'memory';
  /** Why the store fell back to memory, if it did. */
  readonly problem?: StorageProblem;
  /**
   * The stored directory. `onChunk` hears its entries piece by piece while they are read (the
   * search index can then be built beside the read); a store that reads them at once (the memory
   * store) never calls it.
   */
  loadDirectory(onChunk?: ChunkListener): Promise<Directory | undefined>;
  /** What the first screen draws from the stored directory, in one small read; undefined when none is stored. */
  loadSummary(): Promise<DirectorySummary | undefined>;
  /** Replaces the whole directory in one transaction: all of it, or nothing. The stored search index goes with the old entries. */
  saveDirectory(directory: Directory): Promise<void>;
  /** The search index kept by saveSearchIndex, if any; the caller checks that its key fits. */
  loadSearchIndex(): Promise<StoredSearchIndex | undefined>;
  /** The key of the stored search index, in one small read; undefined when none is kept (or it cannot be told). */
  loadSearchIndexKey(): Promise<string | undefined>;
  /** Keeps the search index of the stored directory, so the next start reads it instead of building it. */
  saveSearchIndex(stored: StoredSearchIndex): Promise<void>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  /** Favourite entry ids, newest first. */
  favourites(): Promise<string[]>;
  setFavourite(id: string, on: boolean): Promise<void>;
  /** Checklist step id → done. */
  checklist(): Promise<Record<string, boolean>>;
  setChecklistStep(id: string, done: boolean): Promise<void>;
  /** Show-cards kept for later, newest first. */
  savedCards(): Promise<SavedCard[]>;
  /** Keeps a card; a card for the same place and language is replaced, keeping its date. */
  saveCard(card: Omit<SavedCard, 'id' | 'added'>): Promise<SavedCard>;
  removeCard(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Deletes everything the app stored on the device. */
  clearAll(): Promise<void>;
}
