/** The app's device store: IndexedDB through idb, with a memory fallback. */
export { openAppStorage, type StorageEvents } from './idb';
export { memoryStorage } from './memory';
export { StorageError, type AppStorage, type StorageProblem } from './types';
