import { describe, expect, it } from 'vitest';
import { isTileUrl } from './tile-url';

const OWN = 'https://wegweiser.example.org';

describe('isTileUrl', () => {
  it('accepts z/x/y.png tiles on any other host', () => {
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/13/4321/2718.png'), OWN)).toBe(true);
    expect(isTileUrl(new URL('https://tiles.example.net/osm/7/68/42.png?key=1'), OWN)).toBe(true);
    expect(isTileUrl(new URL('http://127.0.0.1:9000/tiles/0/0/0@2x.png'), OWN)).toBe(true);
  });

  it('leaves the app’s own files to the precache, even when they look like tiles', () => {
    expect(isTileUrl(new URL(`${OWN}/1/2/3.png`), OWN)).toBe(false);
    expect(isTileUrl(new URL(`${OWN}/icons/icon-192.png`), OWN)).toBe(false);
  });

  it('rejects what is not a tile path', () => {
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/13/4321/2718.jpg'), OWN)).toBe(false);
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/13/4321.png'), OWN)).toBe(false);
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/a/b/c.png'), OWN)).toBe(false);
    expect(isTileUrl(new URL('https://cdn.example.net/13/4321/2718.png.js'), OWN)).toBe(false);
  });
});
