/**
 * What the page and the service worker agree on about map tiles. Kept free of DOM and worker
 * types so both sides (and the unit tests) can import it.
 */

/** Cache Storage name of the street tiles the user has looked at. */
export const TILE_CACHE = 'map-tiles';

// "/{z}/{x}/{y}.png" on any host: the tile server is set in the data, not in the code.
const TILE_PATH = /\/\d+\/\d+\/\d+(?:@2x)?\.png$/;

/** True for the URL of a raster map tile on another host than the app's own. */
export function isTileUrl(url: URL, ownOrigin: string): boolean {
  return url.origin !== ownOrigin && (url.protocol === 'https:' || url.protocol === 'http:') && TILE_PATH.test(url.pathname);
}
