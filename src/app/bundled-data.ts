import type { Directory } from '../directory/types';
import { DIRECTORY_SOURCE, fetchBundledDirectory, fetchedThisStart, reportStorageError, showDirectory } from './data';
import { isNewer } from './data-update';
import { app } from './state';

/**
 * True when the directory shipped with this app version should replace the stored one. A newer
 * version always wins and an older one never does (the stored copy may come from a data update
 * that is newer than this release). The same version with other content wins only over a stored
 * copy that came from an earlier bundle: a data update of the same version is the server's word.
 */
export function bundledReplaces(bundled: Directory, stored: Directory, storedSource: unknown): boolean {
  if (bundled.version !== stored.version) return bundled.version > stored.version;
  return storedSource !== 'update' && isNewer(bundled, stored);
}

/**
 * After an app update the service worker has a newer directory in its precache, but the device
 * still holds the old one: store the newer bundled data (one transaction) and show it. Works
 * offline. Runs after the first screen, so a start never waits for the file. True when replaced.
 */
export async function adoptBundledDirectory(): Promise<boolean> {
  const { storage, directory } = app.get();
  // On a first visit the shown directory is the bundled file itself: fetching it again (the page
  // is not yet controlled by the worker) would download the whole file a second time.
  if (!directory || fetchedThisStart(directory)) return false;
  const [bundled, source] = await Promise.all([
    fetchBundledDirectory(),
    storage.getMeta<string>(DIRECTORY_SOURCE).catch(() => undefined),
  ]);
  if (!bundled || !bundledReplaces(bundled, directory, source)) return false;
  try {
    await storage.saveDirectory(bundled);
    await storage.setMeta(DIRECTORY_SOURCE, 'bundle');
  } catch (error) {
    reportStorageError(error);
    return false;
  }
  // The screen may have moved on meanwhile; only swap if nothing else replaced the data.
  if (app.get().directory === directory) showDirectory(bundled);
  return true;
}
