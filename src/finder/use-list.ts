/**
 * The rows of the list screen: strong hits in front, weak ones (description only) apart, and,
 * when the home-town filter leaves no place to go to, the nearest places in other towns.
 */
import { useMemo } from 'preact/hooks';
import type { FilterContext, Filters, SortBy } from '../directory/filter';
import { rankHits, type SearchHit } from '../directory/search';
import type { Directory } from '../directory/types';
import { listPage, type ListItem } from './list-model';
import { alsoNear, type Origin } from './nearby';
import type { HoursModule } from './use-hours';

/** What the list draws. */
export interface ListRows {
  /** The rows drawn: at most `shown`. */
  readonly items: readonly ListItem[];
  /** How many rows there are in all. */
  readonly total: number;
  /** Matched only weakly: shown folded under "more results" (at most `shown` of them). */
  readonly weak: readonly ListItem[];
  readonly weakTotal: number;
  /** "Also near you": filled only when a town is filtered and no result is a place to go to. */
  readonly nearby: readonly ListItem[];
}

/** Everything the rows depend on. */
export interface ListParams {
  readonly directory: Directory | undefined;
  readonly query: string;
  readonly hits: readonly SearchHit[] | undefined;
  readonly filters: Filters;
  readonly sort: SortBy;
  readonly origin: Origin | undefined;
  readonly now: Date;
  readonly hours: HoursModule | undefined;
  /** Rows drawn: only these are built and put in order (the count covers all). */
  readonly shown: number;
}

/** The list's rows, recomputed only when what they depend on changes. */
export function useListRows({ directory, query, hits, filters, sort, origin, now, hours, shown }: ListParams): ListRows {
  const ranked = useMemo(() => (hits ? rankHits(query, hits) : undefined), [hits, query]);
  const ctx = useMemo((): FilterContext => {
    const isOpen = hours ? (e: { openingHours?: string }, at: Date) => hours.isOpenNow(e.openingHours, at) : undefined;
    return isOpen ? { now, isOpen } : { now };
  }, [now, hours]);
  return useMemo(() => {
    if (!directory) return { items: [], total: 0, weak: [], weakTotal: 0, nearby: [] };
    const at = origin ? { position: origin.point } : {};
    const strong = listPage(directory, { ...(ranked ? { hits: ranked.strong } : {}), filters, ctx, sort, ...at }, shown);
    const weak = ranked && ranked.weak.length > 0 ? listPage(directory, { hits: ranked.weak, filters, ctx, sort, ...at }, shown) : undefined;
    let nearby: readonly ListItem[] = [];
    // A phone line for the whole district is no place to go: the nearest places elsewhere are
    // offered whenever no result has a location (Sontra has no food bank, only the bus hotline).
    if (filters.ags && !strong.located && !weak?.located) {
      nearby = alsoNear(directory, filters, ctx, filters.ags, undefined, hits ? new Set(hits.map((h) => h.id)) : undefined);
    }
    return { items: strong.items, total: strong.total, weak: weak?.items ?? [], weakTotal: weak?.total ?? 0, nearby };
  }, [directory, ranked, hits, filters, ctx, sort, origin, shown]);
}
