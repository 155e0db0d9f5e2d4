import type { DirectorySummary } from '../directory/summary';
import { openAppStorage, type AppStorage } from '../storage';
import { afterPaint } from './after-paint';
import { loadDirectory, loadFavourites, loadSearchCode, showDirectory } from './data';
import { indexWhileReading, type IndexWhileReading } from '../finder/index-while-reading';
import { app, notify } from './state';

/** Opens the device store; loaded by main.tsx as its own chunk, so the first screen does not wait for it. */
export function openStorage(): Promise<AppStorage> {
  return openAppStorage({
    onOutdated: () => notify({ id: 'outdated', key: 'storage.outdated', tone: 'warning' }),
  });
}

/**
 * With the store open: first the summary the home draws from (region, tiles, emergency numbers;
 * a few kilobytes), and once that is drawn the favourites and the directory (from the device, or
 * on a first visit the bundled file), which at 10,000 entries is megabytes to read. Screens that
 * need the entries show their loading state until then. `summaryRead`: the summary's read, where
 * the start began it already (main.tsx).
 */
export async function loadData(storage: AppStorage, summaryRead?: Promise<DirectorySummary | undefined>): Promise<void> {
  app.set({ storage, storageProblem: storage.problem });
  const summary = await (summaryRead ?? storage.loadSummary()).catch(() => undefined);
  let reading: IndexWhileReading | undefined;
  if (summary) {
    app.set({ summary });
    // Where no stored index can fit them, the index is built while they are read. Asked before the
    // paint: the stored key's answer (and on a start that builds, the worker's start) comes meanwhile.
    reading = indexWhileReading(storage, summary);
    await afterPaint();
    // Entries are on the device: the search code loads while they are read, so building their
    // index (when none is stored) goes on as soon as they are there, not a chunk load later. A
    // failed load here costs nothing: the search loads it again when it is needed.
    loadSearchCode().catch(() => undefined);
  }
  const entries = (reading?.readable ?? Promise.resolve()).then(() => loadDirectory(storage, reading?.onChunk));
  const [directory] = await Promise.all([entries, loadFavourites(storage)]);
  reading?.read(directory);
  if (directory) showDirectory(directory, summary);
  app.set({ dataFailed: !directory });
}
