/**
 * Empties every IndexedDB database of this origin: the app's own, and the one in which the service
 * worker's tile cache (workbox-expiration) keeps the address and date of each viewed map tile, a
 * trail of where the person looked. Stores are emptied, not deleted: the service worker keeps its
 * connection open, and deleting a database would wait for it to close, which may be never.
 */
export async function emptyAllDatabases(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  for (const { name } of await indexedDB.databases()) if (name) await emptyDatabase(name);
}

function emptyDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name);
    // Gone in the meantime: do not create it.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => {
      event.preventDefault();
      if (open.error?.name === 'AbortError') resolve();
      else reject(open.error ?? new Error(`cannot open ${name}`));
    };
    open.onsuccess = () => {
      const db = open.result;
      const stores = Array.from(db.objectStoreNames);
      if (stores.length === 0) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        reject(tx.error ?? new Error(`cannot empty ${name}`));
      };
    };
  });
}
