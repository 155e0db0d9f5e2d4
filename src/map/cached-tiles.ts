/**
 * The street layer. Online, tiles load as usual (the service worker keeps what is viewed).
 * Offline, tiles come straight from that cache and nothing else is requested: no failing
 * requests, no broken images, no traffic to the tile server.
 */
import * as L from 'leaflet';
import { TILE_CACHE } from './tile-url';

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('tile unreadable'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A cached tile as a data: URL (the page's CSP allows data: images, not blob:), or undefined
 * when it was never viewed online.
 */
async function cachedTile(url: string): Promise<string | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    const cache = await caches.open(TILE_CACHE);
    // Tile servers answer CORS requests with "Vary: Origin"; the stored tile is the same image.
    const res = await cache.match(url, { ignoreVary: true });
    return res ? await dataUrl(await res.blob()) : undefined;
  } catch {
    return undefined;
  }
}

/** A tile layer that, while offline, shows only tiles already in the tile cache. */
export class CachedTileLayer extends L.TileLayer {
  private offline = false;

  /** Switches between network (online) and cache only (offline); fills gaps when back online. */
  setOffline(offline: boolean): void {
    if (offline === this.offline) return;
    this.offline = offline;
    if (!offline) this.redraw();
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    if (!this.offline) return super.createTile(coords, done);
    const tile = document.createElement('img');
    tile.alt = '';
    tile.setAttribute('role', 'presentation');
    void cachedTile(this.getTileUrl(coords)).then((src) => {
      if (!src) {
        done(new Error('tile not cached'), tile);
        return;
      }
      tile.onload = () => done(undefined, tile);
      tile.onerror = () => done(new Error('cached tile unreadable'), tile);
      tile.src = src;
    });
    return tile;
  }
}
