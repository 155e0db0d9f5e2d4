/// <reference lib="webworker" />
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isTileUrl, TILE_CACHE } from './tile-url';

declare const self: ServiceWorkerGlobalScope;

/**
 * OpenStreetMap's tile policy allows keeping tiles a user has viewed, for at least 7 days, and
 * forbids fetching areas in advance. Streets change slowly and a newcomer may be offline for
 * weeks, so viewed tiles stay 30 days (counted from their last use).
 */
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** About 2000 tiles of 10–40 KB: a few towns at street level, well within a phone's quota. */
const MAX_ENTRIES = 2000;

/**
 * Caches street tiles as the user views them (cache first, never prefetched). The page loads tiles
 * with CORS, so responses are readable (status 200) and are not counted as padded opaque entries.
 */
export function registerTileCache(): void {
  registerRoute(
    ({ url, request }) => request.destination === 'image' && isTileUrl(url, self.location.origin),
    new CacheFirst({
      cacheName: TILE_CACHE,
      plugins: [new ExpirationPlugin({ maxEntries: MAX_ENTRIES, maxAgeSeconds: MAX_AGE_SECONDS, purgeOnQuotaError: true })],
    }),
  );
}
