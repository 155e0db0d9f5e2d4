import { summarize } from '../directory/summary';
import type { Directory } from '../directory/types';
import { cardId } from './cards';
import { newestFirst } from './newest-first';
import type { SavedCard } from './schema';
import type { AppStorage, StorageProblem, StoredSearchIndex } from './types';

/**
 * The fallback when IndexedDB cannot be used: same interface, kept in memory only,
 * so the app still works and can tell the user that nothing is kept.
 */
export function memoryStorage(problem?: StorageProblem): AppStorage {
  let directory: Directory | undefined;
  let searchIndex: StoredSearchIndex | undefined;
  const meta = new Map<string, unknown>();
  const settings = new Map<string, unknown>();
  const favourites = new Map<string, string>();
  const checklist = new Map<string, boolean>();
  const cards = new Map<string, SavedCard>();
  return {
    kind: 'memory',
    problem,
    loadDirectory: async () => directory,
    loadSummary: async () => (directory ? summarize(directory) : undefined),
    saveDirectory: async (d) => {
      directory = d;
      searchIndex = undefined;
    },
    loadSearchIndex: async () => searchIndex,
    loadSearchIndexKey: async () => searchIndex?.key,
    saveSearchIndex: async (stored) => {
      searchIndex = stored;
    },
    getMeta: async <T>(key: string) => meta.get(key) as T | undefined,
    setMeta: async (key, value) => {
      meta.set(key, value);
    },
    favourites: async () =>
      [...favourites.entries()]
        .map(([id, added]) => ({ id, added }))
        .sort(newestFirst)
        .map((f) => f.id),
    setFavourite: async (id, on) => {
      if (on) favourites.set(id, new Date().toISOString());
      else favourites.delete(id);
    },
    checklist: async () => Object.fromEntries(checklist),
    setChecklistStep: async (id, done) => {
      checklist.set(id, done);
    },
    savedCards: async () => [...cards.values()].sort(newestFirst),
    saveCard: async (card) => {
      const id = cardId(card.entry, card.lang);
      const kept: SavedCard = { ...card, id, added: cards.get(id)?.added ?? new Date().toISOString() };
      cards.set(id, kept);
      return kept;
    },
    removeCard: async (id) => {
      cards.delete(id);
    },
    getSetting: async <T>(key: string) => settings.get(key) as T | undefined,
    setSetting: async (key, value) => {
      settings.set(key, value);
    },
    clearAll: async () => {
      directory = undefined;
      searchIndex = undefined;
      [meta, settings, favourites, checklist, cards].forEach((m) => m.clear());
    },
  };
}
