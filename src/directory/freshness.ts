/**
 * How old the facts of an entry are. The team's rule: a fact from a source dated before 2023 is
 * shown with "as of 2022 – please check before you go", because offices move and numbers change.
 */
import type { Entry } from './types';

/** Sources dated before this year are old. */
export const OLD_BEFORE_YEAR = 2023;

/** The age of one source date. */
export interface SourceAge {
  /** Before 2023, or no readable date at all (an undated fact needs checking just as much). */
  readonly old: boolean;
  /** The year of the source; undefined when asOf is not a date. */
  readonly year: number | undefined;
  /** The date lies after `now`: a typing mistake in the data, for the data check to report. */
  readonly future: boolean;
}

/** How fresh an entry's sources are, for the detail screen's "as of" line. */
export interface Freshness {
  /** Oldest readable source date as written ("2022-05"); undefined when no source has one. */
  readonly oldest?: string;
  /** Newest readable source date as written. */
  readonly newest?: string;
  /** Year of the oldest source, for "as of 2022". */
  readonly oldestYear?: number;
  /** Show the "please check before you go" warning. */
  readonly warn: boolean;
}

const AS_OF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Start of the period asOf names ("2024" = 1 January 2024), local time; undefined if not a date. */
function periodStart(asOf: string): Date | undefined {
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

/** The age of a source dated `asOf` ("2022", "2024-08", "2025-03-03") at `now`. */
export function sourceAge(asOf: string, now: Date): SourceAge {
  const start = periodStart(asOf);
  if (!start) return { old: true, year: undefined, future: false };
  const year = start.getFullYear();
  return { old: year < OLD_BEFORE_YEAR, year, future: start.getTime() > now.getTime() };
}

/**
 * Oldest and newest source date of an entry, and whether to warn. It warns when any source is old
 * or undated, or when there is no source: one stale fact (the address, say) is enough to send
 * someone to the wrong door.
 */
export function entryFreshness(entry: Entry, now: Date): Freshness {
  const dated = entry.sources
    .map((s) => s.asOf.trim())
    .filter((asOf) => periodStart(asOf) !== undefined)
    // Valid ISO prefixes sort by the start of their period as plain strings ("2022" < "2022-05").
    .sort();
  const oldest = dated[0];
  const newest = dated[dated.length - 1];
  const warn = entry.sources.length === 0 || entry.sources.some((s) => sourceAge(s.asOf, now).old);
  if (oldest === undefined || newest === undefined) return { warn };
  const oldestYear = sourceAge(oldest, now).year;
  return { oldest, newest, warn, ...(oldestYear !== undefined ? { oldestYear } : {}) };
}
