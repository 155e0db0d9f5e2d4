import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openAppStorage } from './idb';
import { emptyAllDatabases } from './wipe';

describe('emptyAllDatabases', () => {
  it("empties every store of the app's database and of the tile cache's dates", async () => {
    const storage = await openAppStorage();
    await storage.setFavourite('jobcenter', true);
    await storage.setChecklistStep('register', true);
    await storage.saveCard({ entry: 'jobcenter', lang: 'fa-AF', phrases: [] });
    await storage.setMeta('lastCheck', 1);
    // What workbox-expiration keeps in the service worker: one record per viewed tile.
    const trail = await openDB('workbox-expiration', 1, { upgrade: (db) => db.createObjectStore('cache-entries') });
    await trail.put('cache-entries', { url: 'https://tile.example/16/34567/21987.png', timestamp: 1 }, 'k');

    await emptyAllDatabases();

    expect(await trail.count('cache-entries')).toBe(0);
    const app = await openDB('wegweiser');
    const left = await Promise.all(Array.from(app.objectStoreNames).map(async (n) => [n, await app.count(n)] as const));
    expect(left).toEqual(['cards', 'checklist', 'chunks', 'favourites', 'meta', 'region', 'settings'].map((n) => [n, 0]));
    // The databases stay (the worker keeps its connection), only empty.
    expect((await indexedDB.databases()).map((d) => d.name).sort()).toEqual(['wegweiser', 'workbox-expiration']);
    app.close();
    trail.close();
  });
});
