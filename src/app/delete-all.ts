import { TILE_CACHE } from '../map/tile-url';
import type { AppStorage } from '../storage';
import { clearPrefs } from '../storage/prefs';
import { emptyAllDatabases } from '../storage/wipe';

/** Cache Storage names that hold the app's own files (workbox precache): nothing of the user's. */
const APP_FILES = /^workbox-precache/;

/**
 * "Delete all my data": IndexedDB (every store of every database of the app), the viewed map
 * tiles and any other runtime cache, and the preferences in localStorage. The app's own files stay
 * cached, so it still starts offline. Rejects when something could not be deleted.
 */
export async function deleteAllData(storage: AppStorage): Promise<void> {
  await storage.clearAll();
  await emptyAllDatabases();
  if (typeof caches !== 'undefined') {
    const names = new Set([TILE_CACHE, ...(await caches.keys()).filter((n) => !APP_FILES.test(n))]);
    await Promise.all([...names].map((n) => caches.delete(n)));
  }
  clearPrefs();
}
