/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerTileCache } from './map/tile-cache';

declare const self: ServiceWorkerGlobalScope;

// Every file of this version (shell, locale chunks, map chunk, directory, boundaries), fetched
// at install. Hashed names mean an open page never gets a file of another version.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any navigation (a deep link, "?lang=ar", a reload offline) gets the app's one document.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// Street tiles the user has looked at, for the map offline (never fetched in advance).
registerTileCache();

// The page decides when a waiting version takes over: never in the middle of someone's use.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
