import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Entry, Region } from '../directory/types';

/** A favourite as kept on the device. */
export interface FavouriteRecord {
  readonly id: string;
  /** ISO date-time it was added; favourites are listed newest first. */
  readonly added: string;
}

/** One ticked (or unticked) checklist step. */
export interface ChecklistRecord {
  readonly id: string;
  readonly done: boolean;
  readonly at: string;
}

/** A show-card kept for later: which place, in which language, with which sentences. */
export interface SavedCard {
  /** `<entry id>|<language>`: one kept card per place and language. */
  readonly id: string;
  readonly entry: string;
  /** The language shown beside German on the card. */
  readonly lang: string;
  /** Phrase ids, in the order they were chosen. */
  readonly phrases: readonly string[];
  /** ISO date-time it was kept; listed newest first. */
  readonly added: string;
}

/** The IndexedDB schema. Change it only through a new migration in migrations.ts. */
export interface WegweiserDB extends DBSchema {
  /** Key-value facts about the stored data: data version, last update check, ETag. */
  meta: { key: string; value: unknown };
  /** The entries in the data's order, CHUNK_SIZE per record, keyed 0, 1, 2 … (directory-store.ts). */
  chunks: { key: number; value: Entry[] };
  region: { key: string; value: Region };
  favourites: { key: string; value: FavouriteRecord };
  settings: { key: string; value: unknown };
  checklist: { key: string; value: ChecklistRecord };
  cards: { key: string; value: SavedCard };
}

export type Db = IDBPDatabase<WegweiserDB>;
export type UpgradeTx = IDBPTransaction<WegweiserDB, StoreNames<WegweiserDB>[], 'versionchange'>;

export const DB_NAME = 'wegweiser';
