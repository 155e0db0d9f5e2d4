import { summarize, type DirectorySummary } from '../directory/summary';
import type { Directory } from '../directory/types';
import { takeBuildBegun } from '../finder/index-while-reading';
import { sha256Hex } from '../lib/sha256';
import { StorageError, type AppStorage, type ChunkListener } from '../storage';
import { HANDOFF_CACHE } from './handoff';
import { parseHash, screenPath } from './router';
import { app, notify } from './state';

/** Meta key: where the stored directory came from ('bundle' or 'update'; missing means the bundle). */
export const DIRECTORY_SOURCE = 'directorySource';

/** Meta keys of the daily data check (data-update.ts): when it last asked the server, and the ETag of the file held. */
export const LAST_CHECK = 'lastCheck';
export const ETAG = 'etag';

/** Meta key: the SHA-256 of the bundled directory file last compared with the stored data (bundled-data.ts). */
export const BUNDLED_COMPARED = 'bundledCompared';

/** The directory file shipped with this version of the app (precached), relative to the app. */
export const DIRECTORY_URL = 'data/directory.json';

function looksLikeDirectory(raw: unknown): raw is Directory {
  const d = raw as Partial<Directory> | null;
  return !!d && d.format === 1 && Array.isArray(d.entries) && !!d.region && typeof d.version === 'string';
}

/** The bundled directory file as fetched: its data, its ETag (null when the answer had none) and its bytes' SHA-256. */
export interface BundledFile {
  readonly directory: Directory;
  readonly etag: string | null;
  /** Hex, as the build gives it (__BUNDLED_DIRECTORY__); null where the page cannot hash (no crypto.subtle: not a secure context). */
  readonly sha256: string | null;
}

/**
 * Fetches the bundled directory. It was validated when the app was built. `handOff`: a first visit
 * leaves the downloaded file for the service worker's precache (see handoff.ts).
 */
export async function fetchBundledDirectory(handOff = false): Promise<BundledFile | undefined> {
  try {
    const url = new URL(DIRECTORY_URL, document.baseURI);
    const res = await fetch(url);
    if (!res.ok) return undefined;
    // Only a page no worker controls fetched from the network (a controlled one got the precache's
    // copy), and only where a worker will come to take the copy (and delete the handoff cache).
    const worker = 'serviceWorker' in navigator && !import.meta.env.DEV;
    const keep = handOff && worker && typeof caches !== 'undefined' && !navigator.serviceWorker.controller;
    if (keep) await caches.open(HANDOFF_CACHE).then((c) => c.put(url, res.clone())).catch(() => undefined);
    const bytes = await res.arrayBuffer();
    const raw: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!looksLikeDirectory(raw)) return undefined;
    // Without a hash (no crypto.subtle, or it failed) the file is still used; only the next start compares it.
    const sha256 = globalThis.crypto?.subtle ? await sha256Hex(bytes).catch(() => null) : null;
    return { directory: raw, etag: res.headers.get('ETag'), sha256 };
  } catch {
    return undefined;
  }
}

/** The bundled directory this start fetched because nothing was stored (a first visit). */
let fetchedAtStart: Directory | undefined;

/** True when `directory` is the bundled file this start already fetched: nothing newer to adopt from it. */
export function fetchedThisStart(directory: Directory): boolean {
  return directory === fetchedAtStart;
}

/** Tells the user why a write to the device failed; the data already stored stays. */
export function reportStorageError(error: unknown): void {
  const problem = error instanceof StorageError ? error.problem : 'unavailable';
  notify({ id: 'storage-write', key: `storage.${problem}`, tone: 'warning' });
}

/**
 * Loads the directory: from the device when it is there (no network), otherwise from the bundled
 * file, which is then stored. Newer bundled data (a new app version) replaces older stored data
 * once the first screen is drawn: see adoptBundledDirectory in bundled-data.ts. `onChunk` hears
 * the stored entries while they are read. `release`: the SHA-256 of this release's bundled file
 * (null: unknown).
 */
export async function loadDirectory(storage: AppStorage, onChunk?: ChunkListener, release: string | null = __BUNDLED_DIRECTORY__): Promise<Directory | undefined> {
  let stored: Directory | undefined;
  try {
    stored = await storage.loadDirectory(onChunk);
  } catch (error) {
    reportStorageError(error);
  }
  if (stored && looksLikeDirectory(stored)) return stored;
  const bundled = await fetchBundledDirectory(true);
  fetchedAtStart = bundled?.directory;
  if (bundled) {
    try {
      await storage.saveDirectory(bundled.directory);
      // The file just came from the server (or its copy made at install): asking again today
      // would only fetch the same file and cost the first visit its speed. With its ETag the
      // first daily check gets "not modified" (a few hundred bytes) while the server's file is
      // this one, instead of the whole file again.
      await storage.setMeta(LAST_CHECK, Date.now());
      if (bundled.etag) await storage.setMeta(ETAG, bundled.etag);
      // This release's own file (by its SHA-256) was stored as it is: the next start need not read
      // it again to compare (bundled-data.ts). On every phone that second start read and compared
      // it: one or two long tasks after the home, 61–148 ms in all at 4× CPU (real directory,
      // offline, three runs; none after). A file of another release (deployed meanwhile) is not
      // recorded, and the next start compares.
      if (bundled.sha256 !== null && bundled.sha256 === release) await storage.setMeta(BUNDLED_COMPARED, bundled.sha256);
    } catch (error) {
      reportStorageError(error);
    }
  }
  return bundled?.directory;
}

/** Shows a directory: the entries for every screen, its summary for the home, and its search index once ready. */
export function showDirectory(directory: Directory, summary?: DirectorySummary): void {
  app.set({ directory, summary: summary?.version === directory.version ? summary : summarize(directory) });
  prepareSearch(directory);
}

/** The search code (its own chunk, loaded once however often this is called). */
export function loadSearchCode(): Promise<typeof import('../finder/use-search')> {
  return import('../finder/use-search');
}

// Its search index beside the screen: read from the device, or built in time slices and stored,
// so the search is ready when opened and the next start only reads it (also after an update).
// Its chunk can fail on a first visit when the line drops (no worker serves it yet): nothing is
// lost, the search screen loads it again when opened.
function prepareSearch(directory: Directory): void {
  loadSearchCode().then(
    (m) => void m.prepareIndex(directory, app.get().storage),
    // A build begun while the entries were read would wait for nobody.
    () => takeBuildBegun(directory)?.cancel(),
  );
}

const shownScreen = () => screenPath(parseHash(location.hash));

/**
 * Shows a directory that the daily check found in the background with the next screen the user
 * opens: drawn at once, a list could change under a finger about to tap (the check runs in the
 * seconds after a start). Its search index is prepared now, so the search is ready when it shows.
 * With nothing shown yet, it is shown at once.
 */
export function showWithNextScreen(directory: Directory): void {
  const shown = app.get().directory;
  if (!shown) return showDirectory(directory);
  prepareSearch(directory);
  const path = shownScreen();
  const onChange = () => {
    if (shownScreen() === path) return;
    window.removeEventListener('hashchange', onChange);
    // Data that replaced the shown one meanwhile (a check the user asked for) stays.
    if (app.get().directory === shown) showDirectory(directory);
  };
  window.addEventListener('hashchange', onChange);
}

/** Loads favourites into the app state. */
export async function loadFavourites(storage: AppStorage): Promise<void> {
  try {
    app.set({ favourites: await storage.favourites() });
  } catch (error) {
    reportStorageError(error);
  }
}

/** Sets or clears a favourite; the star changes at once and is kept on the device. */
export async function toggleFavourite(id: string): Promise<void> {
  const { storage, favourites } = app.get();
  const on = !favourites.includes(id);
  app.set({ favourites: on ? [id, ...favourites] : favourites.filter((f) => f !== id) });
  try {
    await storage.setFavourite(id, on);
  } catch (error) {
    app.set({ favourites });
    reportStorageError(error);
  }
}
