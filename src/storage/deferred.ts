import type { AppStorage } from './types';

/**
 * A stand-in for the device store while it opens: every call waits for the real store. It lets the
 * first screen draw before the IndexedDB code has even loaded (main.tsx swaps in the real store
 * once it is open), and a tap in that moment (a language chosen) is still saved.
 */
export function deferredStorage(opening: Promise<AppStorage>): AppStorage {
  return {
    // Not known before the store is open; 'memory' would claim a failure that did not happen.
    kind: 'idb',
    loadDirectory: (onChunk) => opening.then((s) => s.loadDirectory(onChunk)),
    loadSummary: () => opening.then((s) => s.loadSummary()),
    saveDirectory: (directory) => opening.then((s) => s.saveDirectory(directory)),
    loadSearchIndex: () => opening.then((s) => s.loadSearchIndex()),
    loadSearchIndexKey: () => opening.then((s) => s.loadSearchIndexKey()),
    saveSearchIndex: (stored) => opening.then((s) => s.saveSearchIndex(stored)),
    getMeta: <T>(key: string) => opening.then((s) => s.getMeta<T>(key)),
    setMeta: (key, value) => opening.then((s) => s.setMeta(key, value)),
    favourites: () => opening.then((s) => s.favourites()),
    setFavourite: (id, on) => opening.then((s) => s.setFavourite(id, on)),
    checklist: () => opening.then((s) => s.checklist()),
    setChecklistStep: (id, done) => opening.then((s) => s.setChecklistStep(id, done)),
    getSetting: <T>(key: string) => opening.then((s) => s.getSetting<T>(key)),
    setSetting: (key, value) => opening.then((s) => s.setSetting(key, value)),
    savedCards: () => opening.then((s) => s.savedCards()),
    saveCard: (card) => opening.then((s) => s.saveCard(card)),
    removeCard: (id) => opening.then((s) => s.removeCard(id)),
    clearAll: () => opening.then((s) => s.clearAll()),
  };
}
