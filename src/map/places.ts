/**
 * What the map shows as markers: entries grouped by their point. Many offices are only known to
 * the town (precision "town"), so several share one point; one marker with a count lists them all,
 * where stacked markers would hide each other.
 */
import { distanceKm, type LatLon } from '../directory/geo';
import type { Category, Entry, GeoPoint } from '../directory/types';

/** An entry that has a location. */
export type LocatedEntry = Entry & { readonly location: GeoPoint };

/** One marker: every entry at the same point, in the order given. */
export interface Place {
  /** "lat,lon": stable while the data does not change. */
  readonly key: string;
  readonly lat: number;
  readonly lon: number;
  readonly entries: readonly LocatedEntry[];
  /** Only the town is known for at least one entry here: the marker is drawn as approximate. */
  readonly approximate: boolean;
  /** The category's colour when all entries share one category, otherwise MIXED_COLOR. */
  readonly color: string;
}

/** Marker colour for a point with entries of several categories. */
export const MIXED_COLOR = '#1a1a1a';

/** Used when a category is missing from the region (never expected; data is validated). */
const FALLBACK_COLOR = '#555555';

/** True when the entry has a location and can be drawn. */
export function isLocated(entry: Entry): entry is LocatedEntry {
  return entry.location !== undefined;
}

/** Groups the located entries into places, in the order each point first appears. */
export function groupPlaces(entries: readonly Entry[], categories: readonly Category[]): readonly Place[] {
  const colors = new Map(categories.map((c) => [c.id, c.color]));
  const groups = new Map<string, LocatedEntry[]>();
  for (const entry of entries) {
    if (!isLocated(entry)) continue;
    const key = `${entry.location.lat},${entry.location.lon}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups].map(([key, list]) => {
    const first = list[0] as LocatedEntry;
    const sameCategory = list.every((e) => e.category === first.category);
    return {
      key,
      lat: first.location.lat,
      lon: first.location.lon,
      entries: list,
      approximate: list.some((e) => e.location.precision === 'town'),
      color: sameCategory ? (colors.get(first.category) ?? FALLBACK_COLOR) : MIXED_COLOR,
    };
  });
}

/**
 * The topics the map offers: those with at least one entry on the map (a topic whose entries have
 * no location would show an empty map), and the chosen one, so a link's choice stays visible.
 */
export function mapTopics(entries: readonly Entry[], categories: readonly Category[], chosen?: string): readonly Category[] {
  const used = new Set(entries.filter(isLocated).map((e) => e.category));
  return categories.filter((c) => used.has(c.id) || c.id === chosen);
}

/** The place that holds an entry, if it is on the map. */
export function placeOf(places: readonly Place[], entryId: string): Place | undefined {
  return places.find((p) => p.entries.some((e) => e.id === entryId));
}

/** A row of the list below the map. */
export interface MapListItem {
  readonly entry: LocatedEntry;
  /** Kilometres from the user's position, when it is known. */
  readonly km?: number;
}

/** The list below the map: the places' entries, nearest first once the position is known. */
export function mapList(places: readonly Place[], position?: LatLon): readonly MapListItem[] {
  const items = places.flatMap((p) => p.entries.map((entry) => ({ entry })));
  if (!position) return items;
  return items
    .map((item) => ({ ...item, km: distanceKm(position, item.entry.location) }))
    .sort((a, b) => a.km - b.km);
}

/** Text for Leaflet's attribution, which Leaflet inserts as HTML: the data's credits stay text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
