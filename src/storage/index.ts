/** The app's device store: IndexedDB through idb, with a memory fallback. */
export { openAppStorage, type StorageEvents } from './idb';
export { StorageError, type AppStorage, type ChunkListener, type StorageProblem, type StoredSearchIndex } from './types';
export { cardId, type SavedCard } from './cards';
