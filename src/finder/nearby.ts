/**
 * The chosen home town as a place to measure from. Without a shared position, "how far" and
 * "nearest first" start at the centre of the town the user lives in (the municipality's centre in
 * the region data), and an empty home-town list points to the nearest places in other towns.
 */
import { filterEntries, sortEntries, type FilterContext, type Filters } from '../directory/filter';
import { distanceKm, type LatLon } from '../directory/geo';
import type { Directory, Lang, Region } from '../directory/types';
import type { ListItem } from './list-model';

/** Where distances are measured from: the user's position, or a town centre (then `town` names it). */
export interface Origin {
  readonly point: LatLon;
  /** The town's name in the user's script, when the point is a town centre. */
  readonly town?: string;
}

/** How many places in other towns "also near you" offers. */
export const NEARBY_COUNT = 3;

/** The centre of a municipality (AGS) with its name in `lang` (German where no other is known). */
export function townOrigin(region: Region, ags: string | undefined, lang: Lang): Origin | undefined {
  const town = ags === undefined ? undefined : region.municipalities.find((m) => m.ags === ags);
  if (!town) return undefined;
  return { point: { lat: town.centre.lat, lon: town.centre.lon }, town: town.names[lang] ?? town.name };
}

/**
 * The origin the list measures from: a shared position wins; otherwise the town from the list's
 * filter, otherwise the saved home town.
 */
export function listOrigin(region: Region, lang: Lang, position: LatLon | undefined, ags: string | undefined, home: string | undefined): Origin | undefined {
  if (position) return { point: position };
  return townOrigin(region, ags ?? home, lang);
}

/**
 * "Also near you": when the home-town filter leaves no place to go to, the places it hid (the
 * other filters keep them, they serve other towns), nearest to the town's centre first, each
 * with its distance from there.
 * Places without a location cannot be measured and are left out; with `only`, so are places the
 * typed query did not find.
 */
export function alsoNear(directory: Directory, filters: Filters, ctx: FilterContext, ags: string, count = NEARBY_COUNT, only?: ReadonlySet<string>): readonly ListItem[] {
  const town = directory.region.municipalities.find((m) => m.ags === ags);
  if (!town) return [];
  const rest: Filters = { ...filters };
  delete (rest as { ags?: string }).ags;
  const centre = { lat: town.centre.lat, lon: town.centre.lon };
  // `only`: the search hits, when something was typed.
  const located = filterEntries(directory.entries, rest, ctx).filter((f) => f.entry.location !== undefined && (!only || only.has(f.entry.id)));
  // Only places the town filter hid: those it kept are in the list already.
  const hidden = located.filter((f) => f.entry.scope.kind === 'municipalities' && !f.entry.scope.ags.includes(ags));
  return sortEntries(hidden, 'distance', centre)
    .slice(0, count)
    .map((f) => ({ ...f, km: distanceKm(centre, f.entry.location as LatLon) }));
}
