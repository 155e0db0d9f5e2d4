import { app, notify } from './state';

const OFFLINE_READY_KEY = 'offlineReadySaid';

/**
 * Registers the service worker after the first screen is drawn (workbox-window is loaded lazily).
 * A new version is offered through `applyUpdate`, never forced; "ready offline" is said once.
 */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('./sw.js', { scope: './' });

  wb.addEventListener('waiting', () => {
    app.set({
      applyUpdate: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) void sayOfflineReadyOnce();
  });

  try {
    await wb.register();
  } catch {
    notify({ id: 'sw', key: 'offline.swFailed', tone: 'warning' });
    return;
  }
  await requestPersistence();
}

async function sayOfflineReadyOnce(): Promise<void> {
  const { storage } = app.get();
  if (await storage.getMeta(OFFLINE_READY_KEY).catch(() => false)) return;
  notify({ id: 'offline-ready', key: 'offline.ready', tone: 'success' });
  await storage.setMeta(OFFLINE_READY_KEY, true).catch(() => undefined);
}

/** Asks the browser not to evict the directory and favourites when the phone runs low on space. */
async function requestPersistence(): Promise<void> {
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not supported: the data may be evicted under pressure, and is then reloaded from the app.
  }
}
