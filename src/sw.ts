/// <reference lib="webworker" />
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { HANDOFF_CACHE } from './app/handoff';
import { sha256Hex } from './lib/sha256';
import { registerTileCache } from './map/tile-cache';
import { inPool } from './sw-pool';

declare const self: ServiceWorkerGlobalScope;

// Every file of this version (shell, locale chunks, map chunk, directory, boundaries), fetched
// at install. Hashed names mean an open page never gets a file of another version.
const manifest = self.__WB_MANIFEST;
const precache = new PrecacheController();
precache.addToCacheList(manifest);

/**
 * A first visit's page has already downloaded the directory (it needs it before this worker
 * exists) and left it in the handoff cache (src/app/handoff.ts): take it into the precache when
 * its SHA-256 is the revision the build gave that file, so the install does not download it
 * again. Anything else in the handoff cache is dropped.
 */
async function adoptPageCopies(): Promise<void> {
  try {
    const handoff = await caches.open(HANDOFF_CACHE);
    const target = await caches.open(precache.strategy.cacheName);
    for (const request of await handoff.keys()) {
      const entry = manifest.find((e) => typeof e !== 'string' && new URL(e.url, self.location.href).href === request.url);
      const copy = await handoff.match(request);
      const key = precache.getCacheKeyForURL(request.url);
      if (!copy || !key || typeof entry !== 'object' || !entry.revision) continue;
      if ((await sha256Hex(await copy.clone().arrayBuffer())) === entry.revision) await target.put(key, copy);
    }
  } finally {
    await caches.delete(HANDOFF_CACHE);
  }
}

/**
 * Files fetched at once during the install. Workbox's own install fetches one file after the
 * other (workbox issue 2880): a round trip per file (123 today) before the app works offline, 22 s
 * with 150 ms per request against 9 s now (scripts/bench/offline-ready.ts), and a user who leaves
 * the free Wi-Fi before the end has no offline app. Six is what a browser opens to one host over
 * HTTP/1.1, and only six answers are held in memory at once.
 */
const PARALLEL = 6;

/** Workbox's install (same requests, same checks, all or nothing), six files at a time. */
function install(event: ExtendableEvent): Promise<void> {
  // As workbox does: files with a revision (not hashed in their name) bypass the HTTP cache.
  const reload = new Set(manifest.flatMap((e) => (typeof e !== 'string' && e.revision ? [new URL(e.url, self.location.href).href] : [])));
  return inPool([...precache.getURLsToCacheKeys()], PARALLEL, async ([url, cacheKey]) => {
    const integrity = precache.getIntegrityForCacheKey(cacheKey);
    const request = new Request(url, { integrity, cache: reload.has(url) ? 'reload' : 'default', credentials: 'same-origin' });
    // The strategy skips a file already cached under its key and fails on a bad response.
    await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
  });
}

self.addEventListener('install', (event: ExtendableEvent) => {
  // The page's copy first (a failure there only means downloading it), then the other files.
  event.waitUntil(adoptPageCopies().catch(() => undefined).then(() => install(event)));
});
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(precache.activate(event));
});
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();

// Any navigation (a deep link, "?lang=ar", a reload offline) gets the app's one document.
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html')));

// Street tiles the user has looked at, for the map offline (never fetched in advance).
registerTileCache();

// The page decides when a waiting version takes over: never in the middle of someone's use.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
