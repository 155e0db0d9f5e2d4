import type { Directory } from '../directory/types';
import { BUNDLED_COMPARED, DIRECTORY_SOURCE, fetchBundledDirectory, fetchedThisStart, reportStorageError, showDirectory } from './data';
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
 *
 * `release`: the SHA-256 of this release's bundled file (null: unknown, always compare). Once it
 * was compared with the stored data, later starts skip the file: reading, parsing and comparing
 * its 0.2 MB cost every start about half a second of the main thread at 4× CPU, in tasks of up to
 * 122 ms (six traced restarts each way), right when the list may be typed into. What the
 * comparison found stays true: afterwards only a data update changes the stored data, to a newer
 * version or (the same version) marked as the server's, which this file replaces neither;
 * deleting all data deletes the record with it.
 */
export async function adoptBundledDirectory(release: string | null = __BUNDLED_DIRECTORY__): Promise<boolean> {
  const { storage, directory } = app.get();
  // On a first visit the shown directory is the bundled file itself: fetching it again (the page
  // is not yet controlled by the worker) would download the whole file a second time. (The file
  // came from the network then: recorded as compared when its SHA-256 is this release's, see
  // loadDirectory in data.ts; otherwise the next start compares.)
  if (!directory || fetchedThisStart(directory)) return false;
  if (release !== null && (await storage.getMeta<string>(BUNDLED_COMPARED).catch(() => undefined)) === release) return false;
  const [file, source] = await Promise.all([
    fetchBundledDirectory(),
    storage.getMeta<string>(DIRECTORY_SOURCE).catch(() => undefined),
  ]);
  const bundled = file?.directory;
  if (!bundled) return false;
  // Recorded once the comparison's outcome is stored. The file read is this release's: the
  // precache of the worker that served this page's code, or, with no worker, the page's own
  // server (a release deployed between the two only makes the next release's start compare again).
  const compared = () => (release !== null ? storage.setMeta(BUNDLED_COMPARED, release).catch(() => undefined) : undefined);
  if (!bundledReplaces(bundled, directory, source)) {
    await compared();
    return false;
  }
  try {
    await storage.saveDirectory(bundled);
    await storage.setMeta(DIRECTORY_SOURCE, 'bundle');
  } catch (error) {
    reportStorageError(error);
    return false;
  }
  await compared();
  // The screen may have moved on meanwhile; only swap if nothing else replaced the data.
  if (app.get().directory === directory) showDirectory(bundled);
  return true;
}
