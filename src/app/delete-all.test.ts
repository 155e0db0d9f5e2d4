import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAppStorage } from '../storage';
import { readPrefs, writePrefs } from '../storage/prefs';
import { deleteAllData } from './delete-all';

afterEach(() => vi.unstubAllGlobals());

describe('deleteAllData', () => {
  it('deletes the stored data, the map tiles and every other runtime cache, and the preferences', async () => {
    const storage = await openAppStorage();
    await storage.setFavourite('jobcenter', true);
    await storage.setChecklistStep('register', true);
    await storage.setSetting('home', '06636003');
    writePrefs({ lang: 'ar', home: '06636003' });
    // A stand-in Cache Storage: names only, which is all deleteAllData looks at.
    const kept = new Set(['workbox-precache-v2-https://app.example/', 'map-tiles', 'something-else']);
    vi.stubGlobal('caches', { keys: async () => [...kept], delete: async (n: string) => kept.delete(n) });

    await deleteAllData(storage);

    expect(await storage.favourites()).toEqual([]);
    expect(await storage.checklist()).toEqual({});
    expect(await storage.getSetting('home')).toBeUndefined();
    // The app's own files stay, so it still starts offline.
    expect([...kept]).toEqual(['workbox-precache-v2-https://app.example/']);
    expect(readPrefs().lang).toBeUndefined();
    expect(readPrefs().home).toBeUndefined();
  });
});
