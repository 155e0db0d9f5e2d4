/**
 * What the map needs besides the screen: Leaflet (its own chunk), the opening-hours module
 * (for "open now") and the boundary file. All are precached, so this works offline.
 */
import type { Region } from '../directory/types';
import { loadBoundaries, type Boundaries } from './boundaries';

/** The loaded parts. `boundaries` is undefined when the file could not be read: markers still work. */
export interface MapParts {
  readonly leaflet: typeof import('./leaflet-map');
  readonly hours: typeof import('../directory/hours');
  readonly boundaries?: Boundaries;
}

/** Loads the map's parts in parallel; rejects only when Leaflet or the hours module is missing. */
export async function loadMapParts(region: Pick<Region, 'boundaries' | 'municipalities' | 'bbox' | 'holidays'>): Promise<MapParts> {
  const [leaflet, hours, boundaries] = await Promise.all([
    import('./leaflet-map'),
    import('../directory/hours'),
    loadBoundaries(region).catch(() => undefined),
  ]);
  hours.setHolidayRegion(region);
  return { leaflet, hours, ...(boundaries ? { boundaries } : {}) };
}
