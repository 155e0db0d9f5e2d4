import type { Page } from 'playwright-core';

/** What the page's IndexedDB holds, read straight from the database (not through the app). */
export interface IdbSnapshot {
  /** False when the database does not exist at all. */
  readonly exists: boolean;
  readonly version: number;
  /** Every object store with all its records (keys and values). */
  readonly stores: Record<string, { readonly keys: unknown[]; readonly values: unknown[] }>;
}

/** Reads the app's whole database without creating it when it is missing. */
export function idbSnapshot(page: Page, name = 'wegweiser'): Promise<IdbSnapshot> {
  return page.evaluate(async (dbName) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(dbName)) return { exists: false, version: 0, stores: {} };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores: Record<string, { keys: unknown[]; values: unknown[] }> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store);
      const req = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const [keys, values] = await Promise.all([req(tx.objectStore(store).getAllKeys()), req(tx.objectStore(store).getAll())]);
      stores[store] = { keys, values };
    }
    const version = db.version;
    db.close();
    return { exists: true, version, stores };
  }, name);
}

/** One meta record of the app's database. */
export async function idbMeta(page: Page, key: string): Promise<unknown> {
  const { stores } = await idbSnapshot(page);
  const meta = stores.meta;
  if (!meta) return undefined;
  return meta.values[meta.keys.indexOf(key)];
}

/**
 * Writes one meta record of the app's database straight into it, or deletes it (undefined): as if
 * an earlier start had. In a page of the app, or in its service worker (same origin, no app code).
 */
export function setIdbMeta(where: Pick<Page, 'evaluate'>, key: string, value: unknown): Promise<void> {
  return where.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wegweiser');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          const meta = tx.objectStore('meta');
          if (value === undefined) meta.delete(key);
          else meta.put(value, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}

/**
 * Stores the app's entries again in `parts` chunks instead of as written (500 entries a chunk), the
 * same entries in the same order: as a directory of more than 500 entries is stored. The real
 * directory fits one chunk; a test of what happens per chunk needs several.
 */
export function splitStoredChunks(page: Pick<Page, 'evaluate'>, parts: number): Promise<number> {
  return page.evaluate(
    (parts) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('wegweiser');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('chunks', 'readwrite');
          const chunks = tx.objectStore('chunks');
          const all = chunks.getAll();
          all.onsuccess = () => {
            const entries = (all.result as unknown[][]).flat();
            const size = Math.ceil(entries.length / parts);
            chunks.clear();
            for (let i = 0; i * size < entries.length; i++) chunks.put(entries.slice(i * size, (i + 1) * size), i);
            tx.oncomplete = () => (open.result.close(), resolve(Math.ceil(entries.length / size)));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    parts,
  );
}
