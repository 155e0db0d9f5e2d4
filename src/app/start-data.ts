import { openAppStorage, type AppStorage } from '../storage';
import { loadDirectory, loadFavourites } from './data';
import { app, notify } from './state';

/** Opens the device store; loaded by main.tsx as its own chunk, so the first screen does not wait for it. */
export function openStorage(): Promise<AppStorage> {
  return openAppStorage({
    onOutdated: () => notify({ id: 'outdated', key: 'storage.outdated', tone: 'warning' }),
  });
}

/**
 * With the store open: the favourites and the directory (from the device, or on a first visit the
 * bundled file) go into the app state; the screens show their loading state until then.
 */
export async function loadData(storage: AppStorage): Promise<void> {
  app.set({ storage, storageProblem: storage.problem });
  const [directory] = await Promise.all([loadDirectory(storage), loadFavourites(storage)]);
  app.set({ directory, dataFailed: !directory });
  // The search index, in time slices beside the first screen, so the search is ready when opened.
  if (directory) void import('../finder/use-search').then((m) => m.prepareIndex(directory));
}
