/** Checks opening hours in OpenStreetMap syntax with the opening_hours library (the region's holidays). */
import OpeningHours from 'opening_hours';
import type { Region } from './types';
import { type At, readText, report } from './validate-core';

type Holidays = Region['holidays'];

/** Longer values are not opening hours a person can read; the limit also bounds the parser's work. */
const MAX_LENGTH = 300;
/** Parsing takes about a millisecond; many entries share their hours, so results are remembered. */
const CACHE_SIZE = 2000;

interface Parsed {
  readonly error?: string;
  readonly warnings: readonly string[];
}

const cache = new Map<string, Parsed>();

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

function parse(text: string, near: { readonly lat: number; readonly lon: number }, holidays: Holidays): Parsed {
  try {
    const parsed = new OpeningHours(
      text,
      { lat: near.lat, lon: near.lon, address: { country_code: holidays.country, state: holidays.state } },
      { tag_key: 'opening_hours', locale: 'de', mode: undefined, map_value: undefined, warnings_severity: undefined },
    );
    return { warnings: parsed.getWarnings().slice(0, 3).map(oneLine) };
  } catch (error) {
    return { error: oneLine(typeof error === 'string' ? error : error instanceof Error ? error.message : ''), warnings: [] };
  }
}

/** Reads an opening_hours value; parse errors are errors, the library's hints become warnings. */
export function readOpeningHours(
  where: At,
  value: unknown,
  near: { readonly lat: number; readonly lon: number },
  holidays: Holidays,
): string | undefined {
  const text = readText(where, value, { max: MAX_LENGTH });
  if (text === undefined) return undefined;
  // The location only matters for sunrise and sunset times, not for whether the value is valid.
  const key = `${holidays.country}/${holidays.state}/${text}`;
  const result = cache.get(key) ?? parse(text, near, holidays);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, result);
  for (const warning of result.warnings) report(where, `Hinweis zu den Öffnungszeiten: ${warning}`, true);
  if (result.error === undefined) return text;
  report(where, `Öffnungszeiten nicht lesbar: ${result.error} Beispiel: "Mo-Fr 08:00-12:00; We 14:00-16:00".`);
  return undefined;
}
