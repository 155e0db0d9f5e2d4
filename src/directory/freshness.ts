/**
 * How old the facts of an entry are. The region sets the rule (region.yaml `freshness`): a fact
 * from a source older than so many years is shown with "please check before you go", because
 * offices move and numbers change. The rule is relative to today, so it does not silently age.
 */
import type { Entry, FreshnessRule } from './types';

/** The age of one source date. */
export interface SourceAge {
  /** Older than the region's rule allows, or no readable date at all (an undated fact needs checking just as much). */
  readonly old: boolean;
  /** The year of the source; undefined when asOf is not a date. */
  readonly year: number | undefined;
  /** The date lies after `now`: a typing mistake in the data, for the data check to report. */
  readonly future: boolean;
}

/** How fresh an entry's sources are, for the detail screen's "information from" line. */
export interface Freshness {
  /** Oldest readable source date as written ("2022-05"); undefined when no source has one. */
  readonly oldest?: string;
  /** Newest readable source date as written. */
  readonly newest?: string;
  /** Year of the oldest source, for "partly from 2022". */
  readonly oldestYear?: number;
  /** Year of the newest source, for "information from 2025". */
  readonly newestYear?: number;
  /** Show the "please check before you go" warning. */
  readonly warn: boolean;
}

const AS_OF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Start of the period asOf names ("2024" = 1 January 2024), local time; undefined if not a date. */
export function periodStart(asOf: string): Date | undefined {
  const m = AS_OF.exec(asOf.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const date = new Date(year, month - 1, day);
  // new Date() rolls 2024-02-31 over to March; a date that does not exist is not a date.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

/** The day `years` years before `now` (local midnight): sources that start before it are old. */
export function oldBefore(now: Date, rule: FreshnessRule): Date {
  return new Date(now.getFullYear() - rule.checkBeforeVisitAfterYears, now.getMonth(), now.getDate());
}

/**
 * The age of a source dated `asOf` ("2022", "2024-08", "2025-03-03") at `now`. A year or month
 * counts from its start: "2023" may be January, and we cannot vouch for a later day.
 */
export function sourceAge(asOf: string, now: Date, rule: FreshnessRule): SourceAge {
  const start = periodStart(asOf);
  if (!start) return { old: true, year: undefined, future: false };
  const year = start.getFullYear();
  return { old: start.getTime() < oldBefore(now, rule).getTime(), year, future: start.getTime() > now.getTime() };
}

/** The newest readable date among `dates` as written, or undefined. */
export function newestDate(dates: readonly string[]): string | undefined {
  // Valid ISO prefixes sort by the start of their period as plain strings ("2022" < "2022-05").
  return dates.map((d) => d.trim()).filter((d) => periodStart(d) !== undefined).sort().at(-1);
}

/**
 * Oldest and newest source date of an entry, and whether to warn. It warns when any source is old
 * or undated, or when there is no source: one stale fact (the address, say) is enough to send
 * someone to the wrong door.
 */
export function entryFreshness(entry: Entry, now: Date, rule: FreshnessRule): Freshness {
  const dated = entry.sources
    .map((s) => s.asOf.trim())
    .filter((asOf) => periodStart(asOf) !== undefined)
    .sort();
  const oldest = dated[0];
  const newest = dated[dated.length - 1];
  const warn = entry.sources.length === 0 || entry.sources.some((s) => sourceAge(s.asOf, now, rule).old);
  if (oldest === undefined || newest === undefined) return { warn };
  return { oldest, newest, oldestYear: Number(oldest.slice(0, 4)), newestYear: Number(newest.slice(0, 4)), warn };
}
