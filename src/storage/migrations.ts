import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { summarize } from '../directory/summary';
import type { Entry, Region } from '../directory/types';
import { chunked, inOrder, type StoredHead } from './directory-store';
import type { Db, UpgradeTx } from './schema';

/** One step of the schema. Step i upgrades a database of version i to version i + 1. */
export type Migration = (db: Db, tx: UpgradeTx) => void;

/**
 * The schema's history, in order. Never edit a released step: add a new one. Each step also
 * appends its number to meta "migrations", so a test can see every step ran exactly once.
 */
const RELEASED: readonly Migration[] = [
  // 1: the directory, the region, favourites and settings.
  (db) => {
    db.createObjectStore('meta');
    untyped(db).createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('region');
    db.createObjectStore('favourites', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // 2: progress of the Ukraine first-steps checklist; entries indexed by category for lists.
  (db, tx) => {
    db.createObjectStore('checklist', { keyPath: 'id' });
    untyped(tx).objectStore('entries').createIndex('category', 'category');
  },
  // 3: show-cards kept for later (place, language, sentences), to show again offline.
  (db) => {
    db.createObjectStore('cards', { keyPath: 'id' });
  },
  // 4: the entries in chunks of 500 per record (read twice as fast as one record per entry, see
  // directory-store.ts) and the summary the first screen draws from, read before the entries.
  (db, tx) => {
    db.createObjectStore('chunks');
    moveEntriesToChunks(db, tx);
  },
];

/** Before step 4 the schema had stores that WegweiserDB no longer names ('entries'). */
function untyped(x: Db): IDBPDatabase;
function untyped(x: UpgradeTx): IDBPTransaction<unknown, string[], 'versionchange'>;
function untyped(x: Db | UpgradeTx): unknown {
  return x;
}

/**
 * Step 4's data: the stored entries (one record each, with their order in the head) go into
 * chunks in that order, the head loses the order, the summary is written, and the old store is
 * deleted, all inside the upgrade transaction: if any of it fails, the database stays as it was.
 */
function moveEntriesToChunks(db: Db, tx: UpgradeTx): void {
  const meta = tx.objectStore('meta');
  void Promise.all([
    untyped(tx).objectStore('entries').getAll() as Promise<Entry[]>,
    meta.get('directory') as Promise<(StoredHead & { order?: readonly string[] }) | undefined>,
    tx.objectStore('region').get('current') as Promise<Region | undefined>,
  ]).then(([entries, stored, region]) => {
    const ordered = inOrder(entries, stored?.order);
    const chunks = tx.objectStore('chunks');
    chunked(ordered).forEach((chunk, i) => void chunks.put(chunk, i));
    if (stored) {
      const { order: _order, ...head } = stored;
      void meta.put(head, 'directory');
      if (region && ordered.length > 0) void meta.put(summarize({ ...head, region, entries: ordered }), 'summary');
    }
    untyped(db).deleteObjectStore('entries');
  });
}

/**
 * A schema step that only a test build carries (VITE_TEST_MIGRATION=1, see tests/e2e/release.ts):
 * the update browser test needs a second release with a real schema change. A production build
 * leaves the variable unset, and the bundler drops this code.
 */
const TEST_STEP: Migration = (db) => {
  // Not in WegweiserDB: the app never reads it; the cast keeps the typed schema honest for the rest.
  (db as unknown as import('idb').IDBPDatabase).createObjectStore('testProbe');
};

/** The schema's steps in this build. */
export const MIGRATIONS: readonly Migration[] = import.meta.env.VITE_TEST_MIGRATION === '1' ? [...RELEASED, TEST_STEP] : RELEASED;

/** The current schema version. */
export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from oldVersion up to newVersion inside the upgrade transaction. */
export function runMigrations(db: Db, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  const ran: number[] = [];
  for (let v = oldVersion; v < newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration for version ${v + 1}`);
    step(db, tx);
    ran.push(v + 1);
  }
  // One read-then-write after all steps, so the log cannot race with itself.
  const meta = tx.objectStore('meta');
  void meta.get('migrations').then((done) => {
    const list = Array.isArray(done) ? (done as number[]) : [];
    return meta.put([...list, ...ran], 'migrations');
  });
}
