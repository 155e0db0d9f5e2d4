import type { Directory, Region } from './types';

/** The category of emergency numbers and help lines in the region file (112, 110, …). */
export const EMERGENCY_CATEGORY = 'notfall';

/**
 * What the home screen draws from the directory, small enough to read at once at start-up: the
 * region (title, towns, category tiles), how many entries each category has (a tile is shown only
 * when its list is not empty), the emergency entries' numbers (the red block offers 112 and 110
 * only when the directory lists them) and the span of the source years (the footer). It is stored
 * beside the entries whenever the directory is saved; the entries themselves load after the first
 * screen is drawn.
 */
export interface DirectorySummary {
  /** The version of the directory it was made from. */
  readonly version: string;
  readonly region: Region;
  /** Entries per category id; a category without entries is missing. */
  readonly counts: Readonly<Record<string, number>>;
  /** Every phone number of the emergency entries, in the data's order. */
  readonly emergencyNumbers: readonly string[];
  /** The oldest and newest year of the entries' sources; missing when no source names a year. */
  readonly sourceYears?: { readonly from: number; readonly to: number };
}

/** The summary of a directory. */
export function summarize(directory: Directory): DirectorySummary {
  const counts: Record<string, number> = {};
  const emergencyNumbers: string[] = [];
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const e of directory.entries) {
    counts[e.category] = (counts[e.category] ?? 0) + 1;
    if (e.category === EMERGENCY_CATEGORY) emergencyNumbers.push(...e.phones.map((p) => p.number));
    for (const s of e.sources) {
      const year = Number(s.asOf.slice(0, 4));
      if (year > 1900) {
        from = Math.min(from, year);
        to = Math.max(to, year);
      }
    }
  }
  return {
    version: directory.version,
    region: directory.region,
    counts,
    emergencyNumbers,
    ...(Number.isFinite(from) ? { sourceYears: { from, to } } : {}),
  };
}
